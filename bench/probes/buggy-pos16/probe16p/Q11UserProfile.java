package probe16p;

import java.util.HashMap;
import java.util.Map;

public class Q11UserProfile {
    private final String username;
    private final String email;
    private final Map<String, String> attributes;
    private Map<String, String> preferences;

    private Q11UserProfile(Builder builder) {
        this.username = builder.username;
        this.email = builder.email;
        this.attributes = new HashMap<>(builder.attributes);
    }

    public static final class Builder {
        private String username;
        private String email;
        private final Map<String, String> attributes = new HashMap<>();
        private final Map<String, String> preferences = new HashMap<>();

        public Builder username(String value) { this.username = value; return this; }
        public Builder email(String value) { this.email = value; return this; }
        public Builder attribute(String key, String value) { attributes.put(key, value); return this; }
        public Builder preference(String key, String value) { preferences.put(key, value); return this; }

        public Q11UserProfile build() {
            return new Q11UserProfile(this);
        }
    }

    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    public String preference(String key, String fallback) {
        String value = preferences.get(key); // BUG
        return value != null ? value : fallback;
    }

    public void updatePreference(String key, String value) {
        preferences.put(key, value); // BUG
    }

    public static void main(String[] args) {
        Q11UserProfile profile = new Builder()
                .username("jdoe")
                .email("jdoe@example.com")
                .attribute("department", "finance")
                .preference("theme", "dark")
                .build();
        System.out.println(profile.username + " dept = " + profile.attribute("department") + " <" + profile.email + ">");

        prove("read preference", () -> profile.preference("theme", "light"));
        prove("update preference", () -> profile.updatePreference("locale", "en-GB"));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
