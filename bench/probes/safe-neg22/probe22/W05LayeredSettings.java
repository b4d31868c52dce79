package probe22;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings with a copy-on-first-write override layer. While nothing is overridden the defaults
 * are read directly; the first override copies the defaults into a private layer which from then
 * on answers every read. The choice of receiver is made inline with a conditional expression.
 */
public class W05LayeredSettings {

    /** Not thread-safe: meant to be owned by a single configuration thread. */
    public static final class Settings {
        private final Map<String, String> defaults;
        private Map<String, String> overrides; // null until the first override

        public Settings(Map<String, String> defaults) {
            this.defaults = Collections.unmodifiableMap(new HashMap<>(defaults));
        }

        public String get(String key) {
            return (overrides != null ? overrides : defaults).get(key);
        }

        public String get(String key, String fallback) {
            String v = (overrides != null ? overrides : defaults).get(key);
            return v != null ? v : fallback;
        }

        public int getInt(String key, int fallback) {
            String v = get(key);
            return v == null ? fallback : Integer.parseInt(v.trim());
        }

        public Set<String> keys() {
            return new TreeSet<>((overrides != null ? overrides : defaults).keySet());
        }

        public boolean isOverridden(String key) {
            return overrides != null && !java.util.Objects.equals(overrides.get(key), defaults.get(key));
        }

        public void override(String key, String value) {
            if (overrides == null) {
                overrides = new HashMap<>(defaults);
            }
            if (value == null) {
                overrides.remove(key);
            } else {
                overrides.put(key, value);
            }
        }

        public void resetOverrides() {
            overrides = null;
        }
    }

    public static void main(String[] args) {
        Settings s = new Settings(Map.of("pool.size", "8", "pool.timeout", "30", "region", "eu-west-1"));
        System.out.println(s.get("pool.size") + " " + s.getInt("pool.timeout", 5) + " " + s.get("missing", "n/a")
                + " " + s.keys() + " " + s.isOverridden("region"));

        s.override("pool.size", "32");
        s.override("region", null);
        s.override("feature.x", "on");
        System.out.println(s.getInt("pool.size", 0) + " " + s.get("region", "none") + " " + s.keys()
                + " " + s.isOverridden("pool.size") + " " + s.isOverridden("pool.timeout"));

        s.resetOverrides();
        System.out.println(s.get("pool.size") + " " + s.get("region") + " " + s.keys() + " " + s.isOverridden("pool.size"));
    }
}
