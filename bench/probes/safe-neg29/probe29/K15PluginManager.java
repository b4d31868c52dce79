package probe29;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Manages plugin instances by identity and tracks how often each was invoked. */
public class K15PluginManager {

    /** A plugin. */
    public interface Plugin {
        String name();

        String apply(String input);
    }

    private IdentityHashMap<Plugin, Integer> installed;

    private Map<Plugin, Integer> view() {
        return Objects.requireNonNullElse(installed, Collections.emptyMap());
    }

    public void install(Plugin p) {
        Objects.requireNonNull(p, "plugin");
        if (installed == null) {
            installed = new IdentityHashMap<>();
        }
        installed.putIfAbsent(p, 0);
    }

    public boolean uninstall(Plugin p) {
        boolean removed = view().containsKey(p);
        if (removed) {
            installed.remove(p);
            if (installed.isEmpty()) {
                installed = null;
            }
        }
        return removed;
    }

    public String runAll(String input) {
        List<Plugin> order = new ArrayList<>(view().keySet());
        if (order.isEmpty()) {
            return input;
        }
        order.sort((a, b) -> a.name().compareTo(b.name()));
        IdentityHashMap<Plugin, Integer> counts = installed;
        String out = input;
        for (Plugin p : order) {
            counts.merge(p, 1, Integer::sum);
            out = p.apply(out);
        }
        return out;
    }

    public int invocations(Plugin p) {
        return view().getOrDefault(p, 0);
    }

    public int count() {
        return view().size();
    }

    public boolean isEmpty() {
        return installed == null;
    }

    private static Plugin plugin(String name, java.util.function.UnaryOperator<String> f) {
        return new Plugin() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String apply(String input) {
                return f.apply(input);
            }
        };
    }

    public static void main(String[] args) {
        K15PluginManager pm = new K15PluginManager();
        Plugin upper = plugin("a-upper", String::toUpperCase);
        Plugin trim = plugin("b-trim", String::strip);
        Plugin twin = plugin("b-trim", String::strip);
        System.out.println("empty=" + pm.isEmpty() + " run=" + pm.runAll(" hi ") + "| count=" + pm.count()
                + " inv=" + pm.invocations(upper) + " un=" + pm.uninstall(upper));
        pm.install(upper);
        pm.install(trim);
        pm.install(twin);
        pm.install(upper);
        System.out.println("count=" + pm.count() + " run=" + pm.runAll("  hello  ") + "|");
        System.out.println("upper inv=" + pm.invocations(upper) + " twin inv=" + pm.invocations(twin));
        System.out.println(pm.uninstall(upper) + " " + pm.uninstall(trim) + " " + pm.uninstall(trim)
                + " count=" + pm.count());
        System.out.println(pm.uninstall(twin) + " empty=" + pm.isEmpty() + " run=" + pm.runAll(" x ") + "|");
        pm.install(trim);
        System.out.println("reinstalled count=" + pm.count() + " inv=" + pm.invocations(trim) + " run="
                + pm.runAll("  again ") + "|");
    }
}
