package probe39;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Layered application configuration: built-in defaults plus run-time overrides set by an admin
 * console. The override layer only exists once something has been overridden and disappears
 * again with {@link #revertAll()}. Every access wraps it in {@code Optional.ofNullable(...)}.
 *
 * <p>This class is single-threaded: the admin console applies changes on one thread.
 */
public final class SI07EnvironmentConfig {
    private final Map<String, String> defaults =
            Map.of("db.url", "jdbc:h2:mem:app", "db.pool", "8", "log.level", "INFO");
    private TreeMap<String, String> overrides; // null until the first override, null after revertAll()

    public Optional<String> get(String key) {
        requireKey(key);
        return Optional.ofNullable(overrides)
                .map(m -> m.get(key))
                .or(() -> Optional.ofNullable(defaults.get(key)));
    }

    public int getInt(String key, int fallback) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public void override(String key, String value) {
        requireKey(key);
        if (value == null) {
            throw new IllegalArgumentException("value is null");
        }
        overrides = Optional.ofNullable(overrides).orElseGet(TreeMap::new);
        overrides.put(key, value);
    }

    public boolean revert(String key) {
        requireKey(key);
        return Optional.ofNullable(overrides).map(m -> m.remove(key) != null).orElse(false);
    }

    public void revertAll() {
        overrides = null;
    }

    public List<String> overriddenKeys() {
        return Optional.ofNullable(overrides).map(m -> List.copyOf(m.keySet())).orElse(List.of());
    }

    public int effectiveSize() {
        Set<String> keys = new TreeSet<>(defaults.keySet());
        Optional.ofNullable(overrides).map(Map::keySet).ifPresent(keys::addAll);
        return keys.size();
    }

    public String dump() {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        Set<String> keys = new TreeSet<>(defaults.keySet());
        Optional.ofNullable(overrides).ifPresent(m -> keys.addAll(m.keySet()));
        for (String k : keys) {
            joiner.add(k + "=" + get(k).orElse("?"));
        }
        return joiner.toString();
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must be non-empty");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI07EnvironmentConfig config = new SI07EnvironmentConfig();
        check(config.get("db.pool").orElse("").equals("8"), "default pool");
        check(config.get("missing").isEmpty(), "missing key");
        check(config.getInt("db.pool", 1) == 8 && config.getInt("log.level", 3) == 3, "ints");
        check(!config.revert("db.pool") && config.overriddenKeys().isEmpty(), "nothing to revert");
        check(config.effectiveSize() == 3, "three defaults");
        check(config.dump().equals("{db.pool=8, db.url=jdbc:h2:mem:app, log.level=INFO}"), config.dump());
        expect(IllegalArgumentException.class, () -> config.get(null));
        expect(IllegalArgumentException.class, () -> config.override("", "x"));
        expect(IllegalArgumentException.class, () -> config.override("k", null));
        expect(IllegalArgumentException.class, () -> config.revert(null));

        config.override("db.pool", "32");
        config.override("feature.x", "on");
        check(config.getInt("db.pool", 1) == 32, "overridden pool");
        check(config.get("log.level").orElse("").equals("INFO"), "default shows through");
        check(config.overriddenKeys().equals(List.of("db.pool", "feature.x")), "override keys");
        check(config.effectiveSize() == 4, "four keys");
        check(config.revert("db.pool") && config.getInt("db.pool", 1) == 8, "reverted pool");

        config.revertAll();
        config.revertAll();
        check(config.get("feature.x").isEmpty() && config.overriddenKeys().isEmpty(), "all reverted");
        check(!config.revert("feature.x") && config.effectiveSize() == 3, "nothing after revertAll");

        config.override("log.level", "DEBUG");
        check(config.get("log.level").orElse("").equals("DEBUG"), "override again");
        check(config.dump().contains("log.level=DEBUG"), config.dump());
        System.out.println("OK SI07EnvironmentConfig");
    }
}
