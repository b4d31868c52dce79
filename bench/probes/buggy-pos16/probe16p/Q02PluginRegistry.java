package probe16p;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Q02PluginRegistry {

    record Plugin(String name, int version) { }

    static final class Registry {
        static final Registry DEFAULT = bootstrap();
        private static final Map<String, Plugin> PLUGINS = new LinkedHashMap<>();

        private final List<String> loadOrder = new ArrayList<>();

        private static Registry bootstrap() {
            Registry registry = new Registry();
            registry.register(new Plugin("core-logging", 3));
            registry.register(new Plugin("core-metrics", 1));
            return registry;
        }

        void register(Plugin plugin) {
            PLUGINS.put(plugin.name(), plugin); // BUG
            loadOrder.add(plugin.name());
        }

        static Plugin lookup(String name) {
            return PLUGINS.get(name);
        }
    }

    private final Map<String, Integer> requestedVersions = new LinkedHashMap<>();

    void require(String name, int minVersion) {
        requestedVersions.put(name, minVersion);
    }

    List<String> unsatisfied() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : requestedVersions.entrySet()) {
            Plugin plugin = Registry.lookup(entry.getKey());
            if (plugin == null || plugin.version() < entry.getValue()) {
                missing.add(entry.getKey());
            }
        }
        return missing;
    }

    public static void main(String[] args) {
        Q02PluginRegistry app = new Q02PluginRegistry();
        app.require("core-logging", 2);
        System.out.println("requested = " + app.requestedVersions);

        prove("static registry bootstrap", () -> System.out.println(app.unsatisfied()));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
