package probe26;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Configuration service of a batch application: file-based properties (absent until
 * load()) plus optional command-line overrides (absent until the first override).
 */
public final class D16ConfigPropertiesLoader {

    private final String appName;
    private Properties fileProps;  // null until load(), null after unload()
    private Properties overrides;  // null unless something was overridden
    private int loads;

    public D16ConfigPropertiesLoader(String appName) {
        this.appName = appName;
    }

    public void load(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        fileProps = p;
        loads++;
    }

    public boolean isLoaded() {
        return fileProps != null;
    }

    public String get(String key, String def) {
        if (overrides != null) {
            String o = overrides.getProperty(key);
            if (o != null) {
                return o;
            }
        }
        return fileProps != null ? fileProps.getProperty(key, def) : def;
    }

    public int getInt(String key, int def) {
        String v = get(key, null);
        if (v == null || v.isBlank() || !v.trim().matches("-?\\d{1,9}")) {
            return def;
        }
        return Integer.parseInt(v.trim());
    }

    public void override(String key, String value) {
        if (overrides == null) {
            overrides = new Properties();
        }
        overrides.setProperty(key, value);
    }

    public void clearOverrides() {
        overrides = null;
    }

    public void unload() {
        fileProps = null;
    }

    public Set<String> keys() {
        Set<String> all = new TreeSet<>();
        if (fileProps != null) {
            all.addAll(fileProps.stringPropertyNames());
        }
        if (overrides != null) {
            all.addAll(overrides.stringPropertyNames());
        }
        return all;
    }

    public String dump() {
        StringBuilder sb = new StringBuilder(appName).append(" (loads=").append(loads).append(")");
        for (String k : keys()) {
            sb.append("\n  ").append(k).append('=').append(get(k, ""));
            if (overrides != null && overrides.containsKey(k)) {
                sb.append("  [override]");
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        D16ConfigPropertiesLoader cfg = new D16ConfigPropertiesLoader("invoice-batch");
        System.out.println(cfg.isLoaded() + " " + cfg.get("threads", "1") + " " + cfg.getInt("threads", 2) + " " + cfg.keys());
        System.out.println(cfg.dump());
        cfg.override("threads", "8");
        System.out.println(cfg.getInt("threads", 2) + " " + cfg.dump());
        cfg.load("threads=4\nqueue=invoices\nretries=x\n");
        System.out.println(cfg.getInt("threads", 2) + " " + cfg.get("queue", "?") + " " + cfg.getInt("retries", 3));
        cfg.clearOverrides();
        System.out.println(cfg.getInt("threads", 2) + " " + cfg.dump());
        cfg.unload();
        System.out.println(cfg.isLoaded() + " " + cfg.get("queue", "default") + " " + cfg.keys());
    }
}
