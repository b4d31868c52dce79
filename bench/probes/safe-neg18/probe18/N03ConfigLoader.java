package probe18;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Loads key=value configuration text on demand and serves typed lookups with defaults. */
public final class N03ConfigLoader {
    private final String source;
    private Map<String, String> properties;
    private boolean loaded;

    public N03ConfigLoader(String source) {
        this.source = source == null ? "" : source;
    }

    public void load() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : source.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq > 0) {
                parsed.put(trimmed.substring(0, eq).trim(), trimmed.substring(eq + 1).trim());
            }
        }
        properties = parsed;
        loaded = true;
    }

    public void unload() {
        loaded = false;
        properties = null;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String get(String key, String defaultValue) {
        if (!loaded) {
            return defaultValue;
        }
        String value = properties.get(key);
        return value == null ? defaultValue : value;
    }

    public int getInt(String key, int defaultValue) {
        String raw = get(key, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public Set<String> keys() {
        if (!loaded) {
            return Set.of();
        }
        return Collections.unmodifiableSet(properties.keySet());
    }

    public void override(String key, String value) {
        if (!loaded) {
            load();
        }
        properties.put(key, value);
    }

    public static void main(String[] args) {
        N03ConfigLoader cfg = new N03ConfigLoader("# server\nport = 8080\nhost=localhost\nthreads=x\n");
        System.out.println("before load: " + cfg.get("port", "none") + " " + cfg.keys());
        cfg.override("mode", "dev");
        System.out.println("port=" + cfg.getInt("port", 80) + " threads=" + cfg.getInt("threads", 4) + " " + cfg.keys());
        cfg.unload();
        cfg.unload();
        System.out.println("after unload: " + cfg.get("mode", "prod") + " loaded=" + cfg.isLoaded());
        cfg.load();
        cfg.load();
        System.out.println("reloaded mode: " + cfg.get("mode", "prod"));
        System.out.println(new N03ConfigLoader(null).getInt("port", 1));
    }
}
