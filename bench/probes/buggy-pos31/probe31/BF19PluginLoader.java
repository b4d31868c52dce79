package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plugin loader: creates plugins directly or reflectively, keeps a registry of
 * loaded plugins, and activates them on a worker pool.
 */
public final class BF19PluginLoader {

    enum Phase { ACTIVE, UNLOADED }

    public static class Plugin {
        protected final String id;
        protected Map<String, String> config;

        /** Used by reflective discovery. */
        public Plugin() {
            this.id = getClass().getSimpleName();
        }

        Plugin(BF19PluginLoader owner, String id, Map<String, String> config) {
            this.id = id;
            owner.created.add(this);
            if (config.containsKey("")) {
                throw new IllegalArgumentException("empty key in configuration of " + id);
            }
            this.config = new HashMap<>(config);
        }

        String setting(String key) {
            return config.getOrDefault(key, "");
        }

        String settingOrNull(String key) {
            Map<String, String> current = config;
            return current == null ? null : current.get(key);
        }
    }

    public static final class Metrics extends Plugin {
        public Metrics() {
        }
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.ACTIVE);
    private final List<Plugin> created = new ArrayList<>();
    private Map<String, Plugin> registry = new LinkedHashMap<>();

    Plugin instantiate(Class<? extends Plugin> type) throws ReflectiveOperationException {
        Plugin plugin = type.getDeclaredConstructor().newInstance();
        load(plugin);
        return plugin;
    }

    void load(Plugin plugin) {
        if (phase.get() != Phase.ACTIVE) {
            throw new IllegalStateException("loader unloaded");
        }
        registry.put(plugin.id, plugin);
    }

    String start(String id) {
        Plugin plugin = registry == null ? null : registry.get(id);
        if (plugin == null) {
            return "missing " + id;
        }
        return plugin.id + " mode=" + plugin.setting("mode");
    }

    Future<String> activateAsync(ExecutorService pool, String id) {
        return pool.submit(() -> {
            Plugin plugin = registry.get(id);
            return plugin == null ? "missing " + id : "active " + plugin.id + " mode=" + plugin.settingOrNull("mode");
        });
    }

    /** Lists every plugin this loader has constructed, with its setting count. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (Plugin plugin : created) {
            out.append(plugin.id).append('(').append(plugin.config.size()).append(") ");
        }
        return out.toString().strip();
    }

    void unloadAll() {
        if (phase.compareAndSet(Phase.ACTIVE, Phase.UNLOADED)) {
            registry = null;
        }
    }

    int count() {
        Map<String, Plugin> current = registry;
        return current == null ? 0 : current.size();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bf19-worker");
            thread.setDaemon(true);
            return thread;
        });
        BF19PluginLoader loader = new BF19PluginLoader();
        loader.load(new Plugin(loader, "audit", Map.of("mode", "strict")));
        Plugin metrics = loader.instantiate(Metrics.class);
        System.out.println(loader.start("audit") + " | " + loader.start("ghost") + " | metrics mode="
                + metrics.settingOrNull("mode") + " | " + loader.describe() + " | count=" + loader.count());
        System.out.println(loader.activateAsync(pool, "audit").get() + " | " + loader.activateAsync(pool, "Metrics").get());
        loader.unloadAll();
        System.out.println("after unload count=" + loader.count() + " " + loader.start("audit"));

        int proved = 0;
        proved += expect(41, () -> {
            BF19PluginLoader l = new BF19PluginLoader();
            l.instantiate(Metrics.class);
            l.start("Metrics");
        });
        proved += expect(82, () -> loader.activateAsync(pool, "audit").get());
        proved += expect(91, () -> {
            BF19PluginLoader l = new BF19PluginLoader();
            try {
                new Plugin(l, "broken", Map.of("", "x"));
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
            l.describe();
        });
        pool.shutdownNow();
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF19PluginLoader.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
