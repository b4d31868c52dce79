package probe19;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Plugin registry whose lookup table is replaced copy-on-write on every change. */
public class M07PluginRegistry {
    public interface Plugin {
        String name();

        String execute(String input);
    }

    private volatile Map<String, Plugin> plugins;

    public M07PluginRegistry() {
        plugins = Map.of();
    }

    public synchronized void register(Plugin plugin) {
        Map<String, Plugin> copy = new HashMap<>(plugins);
        copy.put(plugin.name(), plugin);
        plugins = Collections.unmodifiableMap(copy);
    }

    public synchronized boolean unregister(String name) {
        if (!plugins.containsKey(name)) {
            return false;
        }
        Map<String, Plugin> copy = new HashMap<>(plugins);
        copy.remove(name);
        plugins = Collections.unmodifiableMap(copy);
        return true;
    }

    public Optional<String> run(String name, String input) {
        Plugin plugin = plugins.get(name);
        return plugin == null ? Optional.empty() : Optional.of(plugin.execute(input));
    }

    public List<String> names() {
        return List.copyOf(new TreeSet<>(plugins.keySet()));
    }

    public synchronized void unregisterAll() {
        plugins = Map.of();
    }

    private static Plugin of(String name, java.util.function.UnaryOperator<String> op) {
        return new Plugin() {
            public String name() {
                return name;
            }

            public String execute(String input) {
                return op.apply(input);
            }
        };
    }

    public static void main(String[] args) {
        M07PluginRegistry registry = new M07PluginRegistry();
        System.out.println(registry.run("upper", "x") + " " + registry.names() + " " + registry.unregister("upper"));
        registry.register(of("upper", String::toUpperCase));
        registry.register(of("reverse", s -> new StringBuilder(s).reverse().toString()));
        System.out.println(registry.run("upper", "hello").orElse("?") + " " + registry.run("reverse", "abc").orElse("?"));
        registry.register(of("upper", s -> "v2:" + s.toUpperCase()));
        System.out.println(registry.names() + " " + registry.run("upper", "x").orElse("?"));
        registry.unregisterAll();
        System.out.println(registry.names() + " " + registry.unregister("reverse"));
        registry.register(of("trim", String::trim));
        System.out.println(registry.run("trim", "  t  ").orElse("?"));
    }
}
