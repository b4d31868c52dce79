package probe34;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** Plugin host; a plugin subclass builds its option map in a hook invoked by the base constructor. */
public class SD40PluginHost {
    public abstract static class Plugin {
        private final String id;

        protected Plugin(String id) {
            this.id = id;
            configure(); // subclass hook: runs before the subclass constructor body
        }

        protected abstract void configure();

        public abstract String option(String key);
        public abstract int optionCount();

        public String id() {
            return id;
        }

        protected abstract void dispose();
    }

    static final class CompressionPlugin extends Plugin {
        enum Setting { LEVEL, WINDOW, STRATEGY }

        // Deliberately no initialiser: "= null" here would run after super() and wipe configure()'s work.
        private EnumMap<Setting, String> settings;

        CompressionPlugin() {
            super("gzip");
        }

        @Override
        protected void configure() {
            settings = new EnumMap<>(Setting.class);
            settings.put(Setting.LEVEL, "6");
            settings.put(Setting.WINDOW, "15");
        }

        @Override
        public String option(String key) {
            for (Setting s : Setting.values()) {
                if (s.name().equalsIgnoreCase(key) && settings.containsKey(s)) {
                    return settings.get(s);
                }
            }
            throw new NoSuchElementException("gzip has no option " + key);
        }

        @Override
        public int optionCount() {
            return settings.size();
        }

        @Override
        protected void dispose() {
            settings = null; // the host has already removed this plugin from its registry
        }
    }

    private final Map<String, Supplier<Plugin>> factories = Map.of("gzip", CompressionPlugin::new);
    private final Map<String, Plugin> loaded = new LinkedHashMap<>();

    public void load(String id) {
        Supplier<Plugin> factory = factories.get(id);
        if (factory == null) {
            throw new IllegalArgumentException("unknown plugin " + id);
        }
        if (loaded.containsKey(id)) {
            throw new IllegalStateException(id + " already loaded");
        }
        loaded.put(id, factory.get());
    }

    private Plugin plugin(String id) {
        Plugin p = loaded.get(id);
        if (p == null) {
            throw new NoSuchElementException(id + " is not loaded");
        }
        return p;
    }

    public String option(String id, String key) {
        return plugin(id).option(key);
    }

    public int optionCount(String id) {
        return plugin(id).optionCount();
    }

    public void unload(String id) {
        Plugin p = loaded.remove(id);
        if (p == null) {
            throw new NoSuchElementException(id + " is not loaded");
        }
        p.dispose();
    }

    public List<String> loadedIds() {
        return List.copyOf(loaded.keySet());
    }

    private static void exerciseUnloaded(SD40PluginHost host) {
        check(host.loadedIds().isEmpty(), "nothing loaded");
        expect(NoSuchElementException.class, () -> host.option("gzip", "level"));
        expect(NoSuchElementException.class, () -> host.optionCount("gzip"));
        expect(NoSuchElementException.class, () -> host.unload("gzip"));
        expect(IllegalArgumentException.class, () -> host.load("brotli"));
    }

    private static void exerciseLoaded(SD40PluginHost host) {
        check(host.loadedIds().equals(List.of("gzip")) && host.optionCount("gzip") == 2, "loaded " + host.loadedIds());
        check("6".equals(host.option("gzip", "level")) && "15".equals(host.option("gzip", "WINDOW")), "options");
        expect(NoSuchElementException.class, () -> host.option("gzip", "strategy")); // known but unset
        expect(IllegalStateException.class, () -> host.load("gzip"));
    }

    public static void main(String[] args) {
        SD40PluginHost host = new SD40PluginHost();
        exerciseUnloaded(host);
        CompressionPlugin direct = new CompressionPlugin();
        check("gzip".equals(direct.id()) && direct.optionCount() == 2 && "6".equals(direct.option("Level")), "hook ran");

        for (int round = 0; round < 3; round++) { // loaded, unloaded (twice over the rounds), loaded again
            host.load("gzip");
            exerciseLoaded(host);
            host.unload("gzip");
            exerciseUnloaded(host);
        }
        System.out.println("SD40PluginHost ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
