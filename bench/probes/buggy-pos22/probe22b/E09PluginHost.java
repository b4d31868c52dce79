package probe22b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Plugin host of a desktop application: loads the plugins enabled in the user's profile. */
public class E09PluginHost {

    private static final String FILE = "E09PluginHost.java";

    public interface Plugin {
        String handle(String request);
    }

    private final Map<String, Supplier<Plugin>> available = new HashMap<>();
    private Map<String, Plugin> loaded;
    private final List<String> log = new ArrayList<>();
    private boolean initialised;

    public void offer(String name, Supplier<Plugin> factory) {
        available.put(name, factory);
    }

    public void init(List<String> enabled) {
        initialised = true;
        if (enabled.isEmpty()) {
            log.add("no plugins enabled, nothing to load");
            return;
        }
        loaded = new HashMap<>();
        for (String name : enabled) {
            Supplier<Plugin> factory = available.get(name);
            if (factory == null) {
                log.add("unknown plugin " + name);
                continue;
            }
            loaded.put(name, factory.get());
        }
    }

    public String handle(String plugin, String request) {
        if (!initialised) {
            throw new IllegalStateException("plugin host not initialised");
        }
        Plugin p = loaded.get(plugin); // BUG
        return p == null ? "404 no such plugin" : p.handle(request);
    }

    /** Enabling a plugin at runtime from the settings dialog. */
    public boolean enable(String name) {
        Supplier<Plugin> factory = available.get(name);
        if (factory == null) {
            return false;
        }
        if (loaded == null) {
            loaded = new HashMap<>();
        }
        loaded.put(name, factory.get());
        return true;
    }

    public void unloadAll() {
        for (String name : loaded.keySet()) { // BUG
            log.add("unloading " + name);
        }
        loaded.clear();
    }

    public int loadedCount() {
        return loaded == null ? 0 : loaded.size();
    }

    public List<String> log() {
        return log;
    }

    public static void main(String[] args) {
        E09PluginHost host = new E09PluginHost();
        host.offer("upper", () -> String::toUpperCase);
        host.offer("rev", () -> r -> new StringBuilder(r).reverse().toString());
        host.init(List.of("upper", "spell"));
        assert host.handle("upper", "hi").equals("HI") && host.handle("rev", "ab").startsWith("404");
        assert host.enable("rev") && !host.enable("nope") && host.handle("rev", "ab").equals("ba");
        host.unloadAll();
        assert host.loadedCount() == 0 && host.log().size() == 3;
        E09PluginHost bare = new E09PluginHost();
        bare.offer("upper", () -> String::toUpperCase);
        bare.init(List.of());
        assert bare.loadedCount() == 0;
        E09PluginHost late = new E09PluginHost();
        late.offer("upper", () -> String::toUpperCase);
        late.init(List.of());
        assert late.enable("upper") && late.handle("upper", "x").equals("X");

        prove(48, () -> bare.handle("upper", "hello"));
        prove(66, bare::unloadAll);
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
