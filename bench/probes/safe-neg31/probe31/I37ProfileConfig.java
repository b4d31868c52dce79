package probe31;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spring-style profile overlay: defaults plus an optional active profile. The override table and the
 * profile name are always set and cleared together; lookups test the name, not the table.
 */
public final class I37ProfileConfig {
    private final Properties defaults = new Properties();
    private String activeProfile; // non-null iff overrides != null
    private Properties overrides;

    public void setDefault(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("key and value are required");
        }
        defaults.setProperty(key, value);
    }

    public void activate(String profile, Map<String, String> values) {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("profile name is required");
        }
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException("null entry in profile " + profile);
            }
            p.setProperty(k, v);
        });
        overrides = p;
        activeProfile = profile;
    }

    public String get(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is required");
        }
        if (activeProfile != null) {
            String v = overrides.getProperty(key);
            if (v != null) {
                return v;
            }
        }
        return defaults.getProperty(key);
    }

    public Set<String> overriddenKeys() {
        return activeProfile == null ? Set.of() : new TreeSet<>(overrides.stringPropertyNames());
    }

    public Optional<String> profile() {
        return Optional.ofNullable(activeProfile);
    }

    public void deactivate() {
        activeProfile = null;
        overrides = null;
    }

    public static void main(String[] args) {
        I37ProfileConfig cfg = new I37ProfileConfig();
        cfg.setDefault("db.url", "jdbc:h2:mem:dev");
        cfg.setDefault("log.level", "INFO");
        if (!cfg.get("db.url").equals("jdbc:h2:mem:dev") || cfg.profile().isPresent() || !cfg.overriddenKeys().isEmpty()) {
            throw new AssertionError("no profile");
        }
        cfg.deactivate();
        cfg.activate("prod", Map.of("db.url", "jdbc:pg://prod/app"));
        if (!cfg.get("db.url").equals("jdbc:pg://prod/app") || !cfg.get("log.level").equals("INFO")) throw new AssertionError("overlay");
        if (!cfg.overriddenKeys().equals(Set.of("db.url")) || cfg.get("missing") != null) throw new AssertionError("keys");
        try {
            cfg.activate(" ", Map.of());
            throw new AssertionError("blank profile");
        } catch (IllegalArgumentException expected) {
            // previous profile stays active
        }
        try {
            cfg.get(null);
            throw new AssertionError("null key");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        try {
            cfg.setDefault(null, "x");
            throw new AssertionError("null default");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        String prodUrl = cfg.get("db.url");
        cfg.deactivate();
        cfg.deactivate();
        System.out.println("I37 prod=" + prodUrl + " now=" + cfg.get("db.url") + " profile=" + cfg.profile().orElse("default"));
    }
}
