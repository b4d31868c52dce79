package probe35;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hot-reloadable configuration holder of a service. The version field is either a real
 * Version or the EMPTY sentinel; the values table exists exactly while the version is
 * not EMPTY, and readers compare against the sentinel by identity.
 */
public class SE26ConfigSnapshot {
    public record Version(long number, String source) {
        static final Version EMPTY = new Version(0, "<none>");
    }

    private Version version = Version.EMPTY;
    private TreeMap<String, String> values; // non-null exactly when version != EMPTY
    private long reloads;

    public Version reload(String source, Map<String, String> entries) {
        if (entries.containsKey("")) {
            throw new IllegalArgumentException("empty key in " + source);
        }
        TreeMap<String, String> fresh = new TreeMap<>(entries);
        values = fresh;
        version = new Version(++reloads, source);
        return version;
    }

    public void invalidate() {
        version = Version.EMPTY;
        values = null;
    }

    public Version version() {
        return version;
    }

    public Optional<String> get(String key) {
        if (version == Version.EMPTY) {
            return Optional.empty();
        }
        return Optional.ofNullable(values.get(key));
    }

    public int getInt(String key, int fallback) {
        String raw = get(key).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + raw, e);
        }
    }

    public List<String> keys() {
        return version == Version.EMPTY ? List.of() : List.copyOf(values.keySet());
    }

    public String describe() {
        return version == Version.EMPTY ? "unloaded" : "v" + version.number() + " from " + version.source() + " " + values.size() + " keys";
    }

    public static void main(String[] args) {
        SE26ConfigSnapshot config = new SE26ConfigSnapshot();
        check(config.get("port").isEmpty() && config.keys().isEmpty() && config.describe().equals("unloaded"), "empty");
        check(config.getInt("port", 80) == 80, "fallback");
        expect(IllegalArgumentException.class, () -> config.reload("bad.yml", Map.of("", "x")));
        check(config.version() == Version.EMPTY, "still empty after failed reload");

        config.reload("app.yml", Map.of("port", "8080", "host", "0.0.0.0", "workers", "x"));
        check(config.getInt("port", 80) == 8080 && config.keys().equals(List.of("host", "port", "workers")), "loaded");
        expect(IllegalArgumentException.class, () -> config.getInt("workers", 1));
        check(config.describe().equals("v1 from app.yml 3 keys"), "describe");

        for (int round = 0; round < 2; round++) {
            config.invalidate();
            check(config.get("host").isEmpty() && config.keys().isEmpty() && config.getInt("port", 81) == 81, "invalidated");
            check(config.version() == Version.EMPTY && config.describe().equals("unloaded"), "sentinel");
        }

        config.reload("override.yml", Map.of("port", "9090"));
        check(config.getInt("port", 0) == 9090 && config.version().number() == 2, "reloaded");
        System.out.println("SE26ConfigSnapshot ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
