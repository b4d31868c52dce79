package probe37;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Service configuration loaded from properties text. The parsed properties map is paired with an
 * Optional holding the source name: the Optional is present exactly when the map exists, and
 * every method asks the Optional, never the map.
 */
public class SG32ConfigReloader {

    static final class Config {
        private Optional<String> source = Optional.empty(); // present exactly when properties != null
        private TreeMap<String, String> properties;
        private int generation;

        public void load(String origin, String text) {
            if (origin == null || text == null) {
                throw new IllegalArgumentException("origin and text required");
            }
            TreeMap<String, String> parsed = new TreeMap<>();
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("malformed line: " + trimmed);
                }
                parsed.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
            }
            properties = parsed;
            source = Optional.of(origin);
            generation++;
        }

        public String get(String key) {
            if (source.isEmpty()) {
                throw new IllegalStateException("configuration not loaded");
            }
            String value = key == null ? null : properties.get(key);
            if (value == null) {
                throw new NoSuchElementException("missing key " + key + " in " + source.get());
            }
            return value;
        }

        public int getInt(String key, int fallback) {
            if (source.isEmpty() || key == null || !properties.containsKey(key)) {
                return fallback;
            }
            try {
                return Integer.parseInt(properties.get(key));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " is not a number", e);
            }
        }

        public Optional<String> source() {
            return source;
        }

        public int size() {
            return source.map(s -> properties.size()).orElse(0);
        }

        public int generation() {
            return generation;
        }

        /** Idempotent. */
        public void unload() {
            source = Optional.empty();
            properties = null;
        }
    }

    public static void main(String[] args) {
        Config config = new Config();

        // Phase 1: before the map exists.
        check(config.source().isEmpty() && config.size() == 0, "unloaded");
        expect(IllegalStateException.class, () -> config.get("port"));
        check(config.getInt("port", 80) == 80, "fallback when unloaded");
        expect(IllegalArgumentException.class, () -> config.load("bad.properties", "novalue"));
        check(config.source().isEmpty(), "failed load leaves config unloaded");

        // Phase 2: while it exists.
        config.load("app.properties", "# server\nhost = example.org\nport=8443\nmode=fast\n");
        check(config.get("host").equals("example.org") && config.getInt("port", 80) == 8443, "values");
        check(config.getInt("threads", 4) == 4 && config.size() == 3, "defaults and size");
        expect(NoSuchElementException.class, () -> config.get("user"));
        expect(NoSuchElementException.class, () -> config.get(null));
        expect(IllegalArgumentException.class, () -> config.getInt("mode", 0));

        // Phase 3: after it has been dropped (twice).
        config.unload();
        config.unload();
        expect(IllegalStateException.class, () -> config.get("host"));
        check(config.getInt("port", 80) == 80 && config.size() == 0, "dropped");

        // Phase 4: after it has been created again.
        config.load("override.properties", "port=9000");
        check(config.getInt("port", 80) == 9000 && config.source().orElseThrow().equals("override.properties"), "reload");
        expect(NoSuchElementException.class, () -> config.get("host"));
        check(config.generation() == 2, "two successful loads");
        System.out.println("SG32ConfigReloader ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
