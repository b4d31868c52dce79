package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Properties-style configuration parsed lazily on first access and invalidated on demand. */
public class SD03ConfigLoader {
    private final String source;
    private Map<String, String> properties; // loaded lazily by properties(), dropped by invalidate()
    private int loads;

    public SD03ConfigLoader(String source) {
        this.source = source == null ? "" : source;
    }

    private Map<String, String> properties() {
        if (properties == null) {
            properties = parse(source);
            loads++;
        }
        return properties;
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> result = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq > 0) {
                result.put(trimmed.substring(0, eq).trim(), trimmed.substring(eq + 1).trim());
            }
        }
        return result;
    }

    public String get(String key) {
        String value = properties().get(key);
        if (value == null) {
            throw new NoSuchElementException("missing property " + key);
        }
        return value;
    }

    public String getOrElse(String key, String fallback) {
        return properties().getOrDefault(key, fallback);
    }

    public int getInt(String key, int fallback) {
        String value = properties().get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property " + key + " is not an int: " + value, e);
        }
    }

    public boolean isLoaded() {
        return properties != null;
    }

    public int loadCount() {
        return loads;
    }

    public void invalidate() {
        properties = null;
    }

    private static void exercise(SD03ConfigLoader cfg, int loadsBefore) {
        check(!cfg.isLoaded(), "not loaded at start of phase");
        check(cfg.loadCount() == loadsBefore, "load count before access");
        check("8080".equals(cfg.get("port")), "port");
        check(cfg.isLoaded() && cfg.loadCount() == loadsBefore + 1, "loaded by first access");
        check("fallback".equals(cfg.getOrElse("missing", "fallback")), "getOrElse fallback");
        check("db.local".equals(cfg.getOrElse("host", "x")), "getOrElse present");
        check(cfg.getInt("port", 0) == 8080 && cfg.getInt("threads", 4) == 4, "getInt");
        expect(NoSuchElementException.class, () -> cfg.get("missing"));
        expect(IllegalArgumentException.class, () -> cfg.getInt("host", 1));
        check(cfg.loadCount() == loadsBefore + 1, "parsed only once per phase");
    }

    public static void main(String[] args) {
        SD03ConfigLoader cfg = new SD03ConfigLoader("# service\nport = 8080\nhost=db.local\n\nbroken line\n");
        cfg.invalidate(); // invalidate before anything was loaded
        exercise(cfg, 0);
        cfg.invalidate();
        check(!cfg.isLoaded(), "dropped once");
        cfg.invalidate();
        check(!cfg.isLoaded() && cfg.loadCount() == 1, "dropped twice");
        exercise(cfg, 1);
        cfg.invalidate();
        check(!cfg.isLoaded() && cfg.loadCount() == 2, "final drop");

        SD03ConfigLoader empty = new SD03ConfigLoader(null);
        expect(NoSuchElementException.class, () -> empty.get("port"));
        check(empty.getInt("port", 7) == 7 && empty.loadCount() == 1, "empty source");
        System.out.println("SD03ConfigLoader ok");
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
