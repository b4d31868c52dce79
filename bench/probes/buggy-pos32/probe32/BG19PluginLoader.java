package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG19PluginLoader {
    private static final String FILE = "BG19PluginLoader.java";

    interface PluginInit {
        void init(Map<String, String> context) throws Exception;
    }

    static final class Plugin {
        final String id;
        final List<String> extensionPoints;
        private final PluginInit initializer;
        private final Map<String, String> provides;
        private Map<String, Object> services;

        Plugin(String id, List<String> extensionPoints, Map<String, String> provides, PluginInit initializer) {
            this.id = id;
            this.extensionPoints = List.copyOf(extensionPoints);
            this.provides = new LinkedHashMap<>(provides);
            this.initializer = initializer;
        }

        boolean active() {
            return services != null;
        }
    }

    static final class PluginLoader {
        private final Map<String, String> context = new HashMap<>();
        private final Map<String, Plugin> plugins = new LinkedHashMap<>();
        private final List<String> errors = new ArrayList<>();
        private TreeMap<String, List<String>> extensionPoints;
        private boolean started;

        PluginLoader(String hostVersion) {
            context.put("host.version", hostVersion);
        }

        void start() {
            extensionPoints = new TreeMap<>();
            started = true;
        }

        void activate(Plugin plugin) {
            try {
                plugin.initializer.init(context);
                Map<String, Object> services = new HashMap<>();
                plugin.provides.forEach((name, impl) -> services.put(name, impl + "@" + plugin.id));
                plugin.services = services;
            } catch (Exception e) {
                errors.add(plugin.id + ": " + e.getMessage());
            }
            plugins.put(plugin.id, plugin);
        }

        void register(Plugin plugin) {
            activate(plugin);
            plugin.extensionPoints.forEach(point ->
                    extensionPoints.computeIfAbsent(point, k -> new ArrayList<>()).add(plugin.id));
        }

        Object lookup(String pluginId, String service) {
            Plugin plugin = plugins.get(pluginId);
            return plugin == null ? null : plugin.services.get(service);
        }

        Object find(String pluginId, String service) {
            Plugin plugin = plugins.get(pluginId);
            if (plugin == null || !plugin.active()) {
                return null;
            }
            return plugin.services.get(service);
        }

        List<String> contributors(String point) {
            if (!started) {
                return List.of();
            }
            return extensionPoints.getOrDefault(point, List.of());
        }

        int pointCount() {
            TreeMap<String, List<String>> points = extensionPoints;
            return points == null ? 0 : points.size();
        }
    }

    public static void main(String[] args) throws Exception {
        PluginLoader loader = new PluginLoader("3.2");
        System.out.println("before start contributors=" + loader.contributors("menu") + " points=" + loader.pointCount());
        loader.start();
        Plugin git = new Plugin("git", List.of("menu", "vcs"), Map.of("vcs", "GitProvider"), ctx -> { });
        Plugin lint = new Plugin("lint", List.of("menu"), Map.of("checker", "LintChecker"), ctx -> {
            if (!ctx.get("host.version").startsWith("3.")) {
                throw new IllegalStateException("needs host 3.x");
            }
        });
        loader.register(git);
        loader.register(lint);
        System.out.println("menu=" + loader.contributors("menu") + " vcs=" + loader.lookup("git", "vcs") + " missing=" + loader.lookup("svn", "vcs"));
        Plugin legacy = new Plugin("legacy", List.of("menu"), Map.of("old", "OldThing"), ctx -> {
            throw new UnsupportedOperationException("legacy API removed");
        });
        loader.register(legacy);
        System.out.println("errors=" + loader.errors + " find=" + loader.find("legacy", "old") + " active=" + legacy.active());

        expectNpe(73, () -> loader.lookup("legacy", "old"));

        PluginLoader early = new PluginLoader("3.2");
        System.out.println("early points=" + early.pointCount());
        expectNpe(68, () -> early.register(git));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
