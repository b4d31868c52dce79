package probe24;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Application settings with an optional profile layer over the defaults. Lookups walk an
 * immutable list of layers; the list has two elements exactly when the profile map
 * exists, so code that needs the profile tests the list size, not the map.
 */
public class Z33LayeredSettings {

    private final Map<String, String> defaults;
    /** Values of the active profile; null when no profile is active. */
    private Map<String, String> profile;
    /** [profile, defaults] with an active profile, [defaults] otherwise. */
    private List<Map<String, String>> layers;

    public Z33LayeredSettings(Map<String, String> defaults) {
        this.defaults = Map.copyOf(defaults);
        this.layers = List.of(this.defaults);
    }

    public void activateProfile(Map<String, String> values) {
        profile = new HashMap<>(values);
        layers = List.of(profile, defaults);
    }

    public void deactivateProfile() {
        profile = null;
        layers = List.of(defaults);
    }

    public String get(String key) {
        for (Map<String, String> layer : layers) {
            String value = layer.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public boolean isOverridden(String key) {
        return layers.size() > 1 && profile.containsKey(key);
    }

    /** Sets a value in the profile, activating an empty profile first if necessary. */
    public void override(String key, String value) {
        if (layers.size() == 1) {
            activateProfile(Map.of());
        }
        profile.put(key, value);
    }

    public Set<String> overriddenKeys() {
        return layers.size() == 1 ? Set.of() : new TreeSet<>(profile.keySet());
    }

    public static void main(String[] args) {
        Z33LayeredSettings s = new Z33LayeredSettings(Map.of("db.url", "jdbc:h2:mem", "pool.size", "10"));
        System.out.println(s.get("pool.size") + " " + s.isOverridden("pool.size") + " " + s.overriddenKeys());
        s.override("pool.size", "50");
        System.out.println(s.get("pool.size") + " " + s.isOverridden("pool.size") + " " + s.overriddenKeys());
        s.activateProfile(Map.of("db.url", "jdbc:postgresql://prod/app"));
        System.out.println(s.get("db.url") + " " + s.get("pool.size") + " " + s.overriddenKeys());
        s.deactivateProfile();
        System.out.println(s.get("db.url") + " " + s.isOverridden("db.url") + " " + s.overriddenKeys() + " " + s.get("x"));
    }
}
