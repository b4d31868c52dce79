package probe29;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** User preferences: defaults plus optional per-user overrides, copyable. */
public final class K17UserSettings {

    private static final Map<String, String> DEFAULTS = Map.of("theme", "light", "lang", "en", "font", "12");

    private final String user;
    private HashMap<String, String> overrides;

    public K17UserSettings(String user) {
        this.user = user;
    }

    /** Copy constructor: shares nothing mutable with {@code other}. */
    public K17UserSettings(K17UserSettings other, String newUser) {
        this.user = newUser;
        this.overrides = other.overrides == null ? null : new HashMap<>(other.overrides);
    }

    public String get(String key) {
        if (overrides != null) {
            String v = overrides.get(key);
            if (v != null) {
                return v;
            }
        }
        return DEFAULTS.get(key);
    }

    public K17UserSettings set(String key, String value) {
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        if (value.equals(DEFAULTS.get(key))) {
            return revert(key);
        }
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(key, value);
        return this;
    }

    public K17UserSettings revert(String key) {
        if (overrides != null) {
            overrides.remove(key);
            if (overrides.isEmpty()) {
                overrides = null;
            }
        }
        return this;
    }

    public boolean isCustomised() {
        return overrides != null;
    }

    public Map<String, String> effective() {
        Map<String, String> all = new TreeMap<>(DEFAULTS);
        if (overrides != null) {
            all.putAll(overrides);
        }
        return all;
    }

    @Override
    public String toString() {
        int n = overrides != null ? overrides.size() : 0;
        return user + effective() + " overrides=" + n;
    }

    public static void main(String[] args) {
        K17UserSettings plain = new K17UserSettings("ada");
        System.out.println(plain + " theme=" + plain.get("theme") + " custom=" + plain.isCustomised());
        K17UserSettings copyOfPlain = new K17UserSettings(plain, "bob");
        System.out.println(copyOfPlain.revert("theme"));
        plain.set("theme", "dark").set("font", "14");
        try {
            plain.set("colour", "red");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        K17UserSettings copy = new K17UserSettings(plain, "carol");
        copy.set("lang", "fr");
        System.out.println(plain);
        System.out.println(copy + " lang=" + copy.get("lang") + " missing=" + copy.get("missing"));
        plain.set("theme", "light").revert("font");
        System.out.println(plain + " custom=" + plain.isCustomised());
        System.out.println(copy.revert("lang").revert("theme").revert("font") + " custom=" + copy.isCustomised());
    }
}
