package probe29;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Loads key/value configuration and answers typed queries with defaults. */
public class K10ConfigLoader {

    private Properties props;
    private final String name;

    public K10ConfigLoader(String name) {
        this.name = name;
    }

    public boolean isLoaded() {
        return props != null;
    }

    public void load(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty config " + name);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable config " + name, e);
        }
        props = p;
    }

    public void unload() {
        props = null;
    }

    public String getString(String key, String def) {
        if (!isLoaded()) {
            return def;
        }
        return props.getProperty(key, def);
    }

    public boolean getBoolean(String key, boolean def) {
        if (!isLoaded() || !props.containsKey(key)) {
            return def;
        }
        return Boolean.parseBoolean(props.getProperty(key));
    }

    public long getLong(String key, long def) {
        String v = getString(key, null);
        if (v == null || !v.trim().matches("-?\\d{1,18}")) {
            return def;
        }
        return Long.parseLong(v.trim());
    }

    public Set<String> keys() {
        Set<String> out = new TreeSet<>();
        if (isLoaded()) {
            out.addAll(props.stringPropertyNames());
        }
        return out;
    }

    @Override
    public String toString() {
        return name + (isLoaded() ? " " + props.size() + " keys" : " (not loaded)");
    }

    public static void main(String[] args) {
        K10ConfigLoader cfg = new K10ConfigLoader("server");
        System.out.println(cfg + " port=" + cfg.getLong("port", 80) + " tls=" + cfg.getBoolean("tls", false)
                + " host=" + cfg.getString("host", "localhost") + " keys=" + cfg.keys());
        cfg.load("port=8443\ntls=true\nhost = example.org\ntimeout=abc\n");
        System.out.println(cfg + " port=" + cfg.getLong("port", 80) + " tls=" + cfg.getBoolean("tls", false)
                + " host=" + cfg.getString("host", "localhost") + " timeout=" + cfg.getLong("timeout", 30));
        System.out.println("keys=" + cfg.keys() + " gzip=" + cfg.getBoolean("gzip", true));
        try {
            cfg.load("  \n");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println("still " + cfg);
        cfg.unload();
        System.out.println(cfg + " port=" + cfg.getLong("port", 80) + " keys=" + cfg.keys());
    }
}
