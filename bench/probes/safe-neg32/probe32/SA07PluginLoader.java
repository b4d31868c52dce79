package probe32;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plugin manager in the spirit of Jenkins / IntelliJ plugin hosts. Plugins are discovered into
 * a name-indexed table; shutdown() stops them and drops the table. Every public method begins
 * with an early return when the table is absent.
 */
public class SA07PluginLoader {

    public interface Plugin {
        String name();

        void start();

        void stop();
    }

    private static final class EchoPlugin implements Plugin {
        private final String name;
        private boolean running;

        EchoPlugin(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }
        @Override public void start() { running = true; System.out.println("  start " + name); }
        @Override public void stop() { running = false; System.out.println("  stop " + name); }
        @Override public String toString() { return name + (running ? "[on]" : "[off]"); }
    }

    private Map<String, Plugin> plugins; // null until discover(), null after shutdown()

    public void discover(String manifest) {
        Map<String, Plugin> found = new TreeMap<>();
        for (String entry : manifest.split(",")) {
            String n = entry.trim();
            if (!n.isEmpty()) {
                found.put(n, new EchoPlugin(n));
            }
        }
        plugins = found;
    }

    public void startAll() {
        if (plugins == null) {
            System.out.println("  nothing to start");
            return;
        }
        for (Plugin p : plugins.values()) {
            p.start();
        }
    }

    public Optional<Plugin> get(String name) {
        if (plugins == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(plugins.get(name));
    }

    public List<String> names() {
        if (plugins == null) {
            return List.of();
        }
        return new ArrayList<>(plugins.keySet());
    }

    public boolean unload(String name) {
        if (plugins == null) {
            return false;
        }
        Plugin p = plugins.remove(name);
        if (p == null) {
            return false;
        }
        p.stop();
        return true;
    }

    public void shutdown() {
        if (plugins == null) {
            return;
        }
        for (Plugin p : plugins.values()) {
            p.stop();
        }
        plugins = null;
    }

    public static void main(String[] args) {
        SA07PluginLoader loader = new SA07PluginLoader();
        loader.startAll();
        System.out.println("before discover: " + loader.names() + " git=" + loader.get("git")
                + " unload=" + loader.unload("git"));
        loader.shutdown();
        loader.discover("git, maven, ,docker");
        loader.startAll();
        System.out.println("names=" + loader.names() + " git=" + loader.get("git").orElse(null));
        System.out.println("unload maven=" + loader.unload("maven") + " unload nope=" + loader.unload("nope"));
        loader.shutdown();
        loader.shutdown();
        System.out.println("after shutdown: " + loader.names() + " docker=" + loader.get("docker"));
        loader.startAll();
        loader.discover("kotlin");
        loader.startAll();
        loader.shutdown();
    }
}
