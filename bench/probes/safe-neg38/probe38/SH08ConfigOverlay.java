package probe38;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Layered configuration: immutable defaults plus runtime overrides (for
 * example from a feature-toggle console). The override map only exists while
 * at least one override is active; readers guard it with short-circuit
 * {@code &&} / {@code ||} conditions. Single-threaded.
 */
public final class SH08ConfigOverlay {

    private final Map<String, String> defaults;
    private Map<String, String> overrides; // null while no override is active

    public SH08ConfigOverlay(Map<String, String> defaults) {
        if (defaults == null) {
            throw new IllegalArgumentException("defaults");
        }
        this.defaults = new HashMap<>(defaults);
    }

    public String get(String key) {
        if (overrides == null || !overrides.containsKey(key)) {
            return defaults.get(key);
        }
        return overrides.get(key);
    }

    public boolean isOverridden(String key) {
        return overrides != null && overrides.containsKey(key);
    }

    public boolean hasOverrides() {
        return !(overrides == null || overrides.isEmpty());
    }

    public void override(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("key and value are required");
        }
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(key, value);
    }

    public boolean clearOverride(String key) {
        boolean removed = overrides != null && overrides.remove(key) != null;
        if (overrides != null && overrides.isEmpty()) {
            overrides = null;
        }
        return removed;
    }

    public void clearAll() {
        overrides = null;
    }

    public int effectiveKeyCount() {
        Set<String> keys = new HashSet<>(defaults.keySet());
        if (overrides != null && !overrides.isEmpty()) {
            keys.addAll(overrides.keySet());
        }
        return keys.size();
    }

    public boolean allocated() {
        return overrides != null;
    }

    public static void main(String[] args) {
        SH08ConfigOverlay cfg = new SH08ConfigOverlay(Map.of("pool.size", "8", "log.level", "INFO"));
        // phase 1: before the map exists
        check("8".equals(cfg.get("pool.size")) && cfg.get("missing") == null, "defaults");
        check(!cfg.isOverridden("pool.size") && !cfg.hasOverrides(), "no overrides");
        check(!cfg.clearOverride("pool.size") && cfg.effectiveKeyCount() == 2, "nothing to clear");
        expect(IllegalArgumentException.class, () -> cfg.override("k", null));
        check(!cfg.allocated(), "rejected override allocates nothing");
        // phase 2: while it exists
        cfg.override("log.level", "DEBUG");
        cfg.override("cache.ttl", "60");
        check("DEBUG".equals(cfg.get("log.level")) && "60".equals(cfg.get("cache.ttl")), "overridden");
        check(cfg.isOverridden("cache.ttl") && cfg.hasOverrides(), "flags");
        check(cfg.effectiveKeyCount() == 3, "three keys");
        check(cfg.clearOverride("cache.ttl") && cfg.allocated(), "one left");
        check(cfg.clearOverride("log.level") && !cfg.allocated(), "released when empty");
        // phase 3: after it is dropped (twice)
        cfg.override("pool.size", "16");
        cfg.clearAll();
        cfg.clearAll();
        check("8".equals(cfg.get("pool.size")) && !cfg.hasOverrides(), "back to defaults");
        check(!cfg.clearOverride("pool.size") && !cfg.isOverridden("pool.size"), "nothing left");
        // phase 4: created again
        cfg.override("pool.size", "32");
        check("32".equals(cfg.get("pool.size")) && cfg.effectiveKeyCount() == 2, "override again");
        System.out.println("SH08ConfigOverlay OK pool.size=" + cfg.get("pool.size"));
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
