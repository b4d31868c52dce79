package probe22;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Spring-profile-like settings. The profile table is built so that it never contains null values;
 * activating a profile assigns {@code profiles.getOrDefault(name, Collections.emptyMap())} to the
 * nullable {@code active} field and uses it straight away.
 */
public class W34ProfileActivator {

    /** Not thread-safe; activated once during startup. */
    public static final class ProfileSettings {
        private final Map<String, Map<String, String>> profiles; // unmodifiable; values never null
        private Map<String, String> active;                      // null while no profile is active
        private String activeName;

        public ProfileSettings(Map<String, Map<String, String>> raw) {
            Map<String, Map<String, String>> copy = new HashMap<>();
            raw.forEach((name, props) -> {
                Map<String, String> clean = new HashMap<>();
                if (props != null) {
                    props.forEach((k, v) -> {
                        if (k != null && v != null) {
                            clean.put(k, v);
                        }
                    });
                }
                copy.put(name, Collections.unmodifiableMap(clean));
            });
            this.profiles = Collections.unmodifiableMap(copy);
        }

        /** Activates the named profile (unknown names activate an empty profile). */
        public String activate(String name) {
            active = profiles.getOrDefault(name, Collections.emptyMap());
            activeName = name;
            return "activated '" + name + "' with " + active.size() + " properties"
                    + (active.isEmpty() ? " (empty)" : " " + active.keySet());
        }

        public void deactivate() {
            active = null;
            activeName = null;
        }

        public String get(String key, String fallback) {
            if (active == null) {
                return fallback;
            }
            return active.getOrDefault(key, fallback);
        }

        public String activeProfile() {
            return activeName == null ? "default" : activeName;
        }
    }

    public static void main(String[] args) {
        Map<String, String> devProps = new HashMap<>();
        devProps.put("db.url", "jdbc:h2:mem:dev");
        devProps.put("cache.ttl", null);
        Map<String, Map<String, String>> raw = new HashMap<>();
        raw.put("dev", devProps);
        raw.put("prod", Map.of("db.url", "jdbc:postgresql://prod/app", "cache.ttl", "600"));
        raw.put("broken", null);

        ProfileSettings settings = new ProfileSettings(raw);
        System.out.println(settings.activeProfile() + " " + settings.get("db.url", "jdbc:default"));
        System.out.println(settings.activate("dev") + " ttl=" + settings.get("cache.ttl", "60"));
        System.out.println(settings.activate("broken") + " url=" + settings.get("db.url", "jdbc:default"));
        System.out.println(settings.activate("qa") + " url=" + settings.get(null, "none"));
        System.out.println(settings.activate("prod") + " url=" + settings.get("db.url", "?"));
        settings.deactivate();
        System.out.println(settings.activeProfile() + " " + settings.get("db.url", "jdbc:default"));
    }
}
