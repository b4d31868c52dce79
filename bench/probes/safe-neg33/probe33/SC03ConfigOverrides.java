package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Layered configuration, similar to what Spring/Typesafe-config style loaders do:
 * base properties plus an optional runtime override layer. The override layer is
 * only present after {@link #applyOverrides(Map)} and is discarded by {@link #resetOverrides()}.
 */
public class SC03ConfigOverrides {

    private final Properties base = new Properties();
    private Map<String, String> overrides;

    public SC03ConfigOverrides(Properties defaults) {
        base.putAll(defaults);
    }

    public void applyOverrides(Map<String, String> values) {
        overrides = new HashMap<>(values);
    }

    public void resetOverrides() {
        overrides = null;
    }

    public String get(String key) {
        return Optional.ofNullable(overrides)
                .map(m -> m.get(key))
                .orElseGet(() -> base.getProperty(key));
    }

    public int getInt(String key, int fallback) {
        String raw = get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an int: " + key + "=" + raw, e);
        }
    }

    public int overrideCount() {
        return Optional.ofNullable(overrides).map(Map::size).orElse(0);
    }

    public boolean isOverridden(String key) {
        return Optional.ofNullable(overrides).filter(m -> m.containsKey(key)).isPresent();
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void exerciseBase(SC03ConfigOverrides cfg) {
        check("8080".equals(cfg.get("server.port")), "base port");
        check(cfg.getInt("server.port", 1) == 8080, "base int");
        check(cfg.getInt("missing", 7) == 7, "fallback");
        check(cfg.overrideCount() == 0, "no overrides");
        check(!cfg.isOverridden("server.port"), "not overridden");
        try {
            cfg.getInt("server.name", 0);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        Properties p = new Properties();
        p.setProperty("server.port", "8080");
        p.setProperty("server.name", "api");
        SC03ConfigOverrides cfg = new SC03ConfigOverrides(p);
        exerciseBase(cfg);

        cfg.applyOverrides(Map.of("server.port", " 9090 ", "feature.x", "on"));
        check(cfg.getInt("server.port", 1) == 9090, "overridden port");
        check("on".equals(cfg.get("feature.x")), "feature");
        check("api".equals(cfg.get("server.name")), "falls back to base for missing override");
        check(cfg.overrideCount() == 2, "2 overrides");
        check(cfg.isOverridden("feature.x"), "overridden");

        cfg.resetOverrides();
        exerciseBase(cfg);
        cfg.resetOverrides();
        exerciseBase(cfg);

        cfg.applyOverrides(Map.of("server.port", "1"));
        check(cfg.getInt("server.port", 0) == 1, "re-applied");
        check(cfg.overrideCount() == 1, "1 override");
        check(cfg.isOverridden("server.port"), "again overridden");
        System.out.println("SC03 ok");
    }
}
