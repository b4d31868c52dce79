package probe23;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Commons-Configuration-style typed facade. All typed getters funnel into one lookup method, which
 * is the only place that reads the value map. Not thread-safe.
 */
public final class X24ConfigFacade {

    private Map<String, String> values;

    public void load(Map<String, String> source) {
        values = new HashMap<>(source);
    }

    public void unload() {
        values = null;
    }

    private String lookup(String key) {
        if (values == null || key == null) {
            return null;
        }
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String getString(String key) {
        return lookup(key);
    }

    public String getString(String key, String defaultValue) {
        String v = lookup(key);
        return v != null ? v : defaultValue;
    }

    public int getInt(String key, int defaultValue) {
        String v = lookup(key);
        return v != null ? Integer.parseInt(v) : defaultValue;
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String v = lookup(key);
        return v != null ? Boolean.parseBoolean(v) : defaultValue;
    }

    public List<String> getList(String key) {
        String v = lookup(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    public TreeSet<String> keysWithPrefix(String prefix) {
        TreeSet<String> keys = new TreeSet<>();
        if (values != null) {
            for (String k : values.keySet()) {
                if (k != null && k.startsWith(prefix)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    public static void main(String[] args) {
        X24ConfigFacade config = new X24ConfigFacade();
        System.out.println("unloaded: " + config.getString("server.host") + " "
                + config.getInt("server.port", 8080) + " " + config.getList("server.aliases")
                + " " + config.keysWithPrefix("server."));
        config.load(Map.of("server.host", " example.org ", "server.port", "9090",
                "server.aliases", "a, b,,c", "server.tls", "true", "server.blank", "  "));
        System.out.println("loaded: " + config.getString("server.host") + " " + config.getInt("server.port", 8080)
                + " " + config.getBoolean("server.tls", false) + " " + config.getList("server.aliases")
                + " blank=" + config.getString("server.blank", "dflt") + " " + config.keysWithPrefix("server.")
                + " nullKey=" + config.getString(null));
        config.unload();
        System.out.println("again: " + config.getBoolean("server.tls", false) + " " + config.getString("x", "y"));
    }
}
