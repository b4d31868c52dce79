package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Process-wide plugin registry; the backing map exists only while at least one plugin is registered. */
public final class I05PluginRegistry {
    public interface Plugin {
        String name();

        String apply(String input);
    }

    private record UpperCase(String name) implements Plugin {
        @Override
        public String apply(String input) {
            return input.toUpperCase(Locale.ROOT);
        }
    }

    private record Suffix(String name, String suffix) implements Plugin {
        @Override
        public String apply(String input) {
            return input + suffix;
        }
    }

    private static Map<String, Plugin> plugins; // null when nothing is registered

    private I05PluginRegistry() {
    }

    public static synchronized void register(Plugin plugin) {
        String name = plugin == null ? null : plugin.name();
        if (name == null) {
            throw new IllegalArgumentException("plugin must have a name");
        }
        if (plugins == null) {
            plugins = new TreeMap<>();
        }
        if (plugins.putIfAbsent(name, plugin) != null) {
            throw new IllegalArgumentException("duplicate plugin " + name);
        }
    }

    public static synchronized boolean unregister(String name) {
        if (plugins == null || name == null) {
            return false;
        }
        boolean removed = plugins.remove(name) != null;
        if (plugins.isEmpty()) {
            plugins = null;
        }
        return removed;
    }

    public static synchronized Optional<Plugin> find(String name) {
        if (plugins == null || name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(plugins.get(name));
    }

    public static String runPipeline(String input) {
        List<Plugin> chain;
        synchronized (I05PluginRegistry.class) {
            if (plugins == null) {
                return input;
            }
            chain = new ArrayList<>(plugins.values());
        }
        String result = input;
        for (Plugin p : chain) {
            result = p.apply(result);
        }
        return result;
    }

    public static synchronized List<String> names() {
        return plugins == null ? List.of() : List.copyOf(plugins.keySet());
    }

    public static synchronized void shutdown() {
        plugins = null;
    }

    public static void main(String[] args) {
        if (!runPipeline("abc").equals("abc") || !names().isEmpty()) throw new AssertionError("empty registry");
        if (find("upper").isPresent() || unregister("upper")) throw new AssertionError("nothing registered");
        shutdown();
        register(new UpperCase("a-upper"));
        Suffix bang = new Suffix("b-bang", "!");
        register(bang);
        try {
            register(new Suffix("b-bang", "?"));
            throw new AssertionError("duplicate accepted");
        } catch (IllegalArgumentException expected) {
            // duplicate rejected
        }
        String out = runPipeline("hello");
        if (!out.equals("HELLO!")) throw new AssertionError(out);
        Plugin found = find("b-bang").orElseThrow();
        if (found != bang || !bang.suffix().equals("!") || !found.name().equals("b-bang") || !found.apply("x").equals("x!")) throw new AssertionError("find");
        if (!unregister("a-upper") || !unregister("b-bang") || unregister("b-bang")) throw new AssertionError("unregister");
        if (!names().isEmpty()) throw new AssertionError("should be empty");
        register(new UpperCase("again"));
        shutdown();
        shutdown();
        System.out.println("I05 " + out + " names after shutdown=" + names() + " " + runPipeline("z"));
    }
}
