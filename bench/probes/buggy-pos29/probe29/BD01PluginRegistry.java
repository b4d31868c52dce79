package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A small plugin registry in the style of a host application's extension manager. */
public class BD01PluginRegistry {

    interface Plugin {
        String id();

        void activate(Map<String, String> settings);
    }

    record SimplePlugin(String id, List<String> log) implements Plugin {
        @Override
        public void activate(Map<String, String> settings) {
            log.add(id + " activated with " + settings.size() + " setting(s)");
        }
    }

    /** Versions of the plugins that ship with the host. */
    static final class BuiltinCatalog {
        static final String CORE_VERSION;

        static {
            String known = versionOf("core");
            CORE_VERSION = known != null ? known : "1.0.0";
            registerBuiltin("core", CORE_VERSION);
            registerBuiltin("metrics", "2.3.1");
        }

        private static final Map<String, String> VERSIONS = new HashMap<>();

        private BuiltinCatalog() {
        }

        static String versionOf(String id) {
            return VERSIONS == null ? null : VERSIONS.get(id);
        }

        static void registerBuiltin(String id, String version) {
            VERSIONS.put(id, version);
        }
    }

    private final Map<String, Plugin> plugins = new TreeMap<>();
    private final Map<String, Map<String, String>> settingsByPlugin = new HashMap<>();
    private Map<String, List<String>> aliasesByPlugin;

    private Map<String, List<String>> aliases() {
        if (aliasesByPlugin == null) {
            aliasesByPlugin = new HashMap<>();
        }
        return aliasesByPlugin;
    }

    public void register(Plugin plugin) {
        plugins.put(plugin.id(), plugin);
        settingsByPlugin.computeIfAbsent(plugin.id(), k -> new HashMap<>());
    }

    public void configure(String pluginId, String key, String value) {
        Map<String, String> settings = settingsByPlugin.get(pluginId);
        if (settings != null) {
            settings.put(key, value);
        }
    }

    public void addAlias(String pluginId, String alias) {
        List<String> list = aliases().computeIfAbsent(pluginId, k -> new ArrayList<>());
        list.add(alias);
    }

    public List<String> aliasesOf(String pluginId) {
        Map<String, List<String>> snapshot = aliasesByPlugin;
        if (snapshot == null) {
            return List.of();
        }
        return snapshot.getOrDefault(pluginId, List.of());
    }

    public void unregister(String pluginId) {
        plugins.remove(pluginId);
        settingsByPlugin.remove(pluginId);
        aliasesByPlugin.remove(pluginId);
    }

    public int activateAll() {
        int n = 0;
        for (Map.Entry<String, Plugin> e : plugins.entrySet()) {
            Map<String, String> settings = settingsByPlugin.getOrDefault(e.getKey(), Map.of());
            e.getValue().activate(settings);
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        BD01PluginRegistry registry = new BD01PluginRegistry();
        registry.register(new SimplePlugin("auth", log));
        registry.register(new SimplePlugin("audit", log));
        registry.configure("audit", "sink", "stdout");
        registry.addAlias("auth", "security");
        System.out.println("aliases of auth: " + registry.aliasesOf("auth"));
        registry.unregister("auth");
        System.out.println("activated " + registry.activateAll() + ": " + log);
        BD01PluginRegistry fresh = new BD01PluginRegistry();
        System.out.println("fresh aliases: " + fresh.aliasesOf("auth"));

        try {
            BD01PluginRegistry other = new BD01PluginRegistry();
            other.register(new SimplePlugin("cache", log));
            other.unregister("cache");
            noNpe("unregister before any alias was added");
        } catch (NullPointerException e) {
            expect(e, 89);
        }
        try {
            System.out.println("core version " + BuiltinCatalog.CORE_VERSION);
            noNpe("builtin catalog initialisation");
        } catch (NullPointerException e) {
            expect(e, 46);
        } catch (ExceptionInInitializerError e) {
            expect(e.getCause(), 46);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD01PluginRegistry.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
