package probe23;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spring-style profile activation. Profile settings are stored with {@link Map#copyOf}, so the
 * profile map never holds a null value; {@code activate} checks {@code containsKey} and then takes
 * the settings with {@code get}, using them straight away. Not thread-safe.
 */
public final class X37ProfileActivation {

    private final Map<String, Map<String, String>> profiles = new HashMap<>();
    private String activeName;
    private Map<String, String> active;

    public void define(String profile, Map<String, String> settings) {
        if (profile == null) {
            throw new IllegalArgumentException("profile name required");
        }
        profiles.put(profile, Map.copyOf(settings));
    }

    public boolean activate(String profile) {
        if (!profiles.containsKey(profile)) {
            System.out.println("unknown profile " + profile + ", keeping " + activeName);
            return false;
        }
        active = profiles.get(profile);
        activeName = profile;
        System.out.println("activated " + profile + " (" + active.size() + " settings, keys "
                + new TreeSet<>(active.keySet()) + ")");
        return true;
    }

    public void deactivate() {
        active = null;
        activeName = null;
    }

    public String setting(String key, String fallback) {
        if (active == null) {
            return fallback;
        }
        return active.getOrDefault(key, fallback);
    }

    public Set<String> undefine(String profile) {
        Map<String, String> removed = profiles.remove(profile);
        if (removed != null && profile.equals(activeName)) {
            deactivate();
        }
        return removed == null ? Set.of() : removed.keySet();
    }

    public static void main(String[] args) {
        X37ProfileActivation env = new X37ProfileActivation();
        System.out.println("none: " + env.setting("db.url", "h2") + " " + env.activate("prod"));
        env.define("dev", Map.of("db.url", "h2:mem", "debug", "true"));
        env.define("prod", Map.of("db.url", "pg://prod"));
        env.define("empty", Map.of());
        env.activate("dev");
        System.out.println("dev: " + env.setting("db.url", "?") + " debug=" + env.setting("debug", "false"));
        env.activate("staging");
        env.activate("empty");
        System.out.println("empty: " + env.setting("db.url", "h2"));
        env.activate("prod");
        System.out.println("undefine prod: " + env.undefine("prod") + " -> " + env.setting("db.url", "h2")
                + " undefine again: " + env.undefine("prod") + " activate: " + env.activate("prod"));
    }
}
