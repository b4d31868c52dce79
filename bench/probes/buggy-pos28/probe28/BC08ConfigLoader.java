package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Layered configuration loader like Typesafe Config / Spring's Environment:
 * explicit properties, then environment overrides, then process-wide defaults.
 */
public class BC08ConfigLoader {

    private static Map<String, String> DEFAULTS;

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> overrides;
    private final String envPrefix;

    public BC08ConfigLoader(Properties props) {
        this(props, null, Map.of());
    }

    public BC08ConfigLoader(Properties props, String envPrefix, Map<String, String> env) {
        for (String name : props.stringPropertyNames()) {
            values.put(name, props.getProperty(name));
        }
        this.envPrefix = envPrefix;
        if (envPrefix != null) {
            Map<String, String> o = new HashMap<>();
            env.forEach((k, v) -> {
                if (k.startsWith(envPrefix)) {
                    o.put(k.substring(envPrefix.length()).toLowerCase().replace('_', '.'), v);
                }
            });
            this.overrides = o;
        } else {
            this.overrides = null;
        }
    }

    public static void loadDefaults() {
        Map<String, String> d = new HashMap<>();
        d.put("server.port", "8080");
        d.put("pool.size", "10");
        DEFAULTS = d;
    }

    static String defaultFor(String key) {
        return DEFAULTS.get(key);
    }

    static String defaultOrNull(String key) {
        Map<String, String> d = DEFAULTS;
        return d == null ? null : d.get(key);
    }

    public String get(String key) {
        if (overrides != null && overrides.containsKey(key)) {
            return overrides.get(key);
        }
        String v = values.get(key);
        return v != null ? v : defaultFor(key);
    }

    public String getOrElse(String key, String fallback) {
        if (overrides != null && overrides.containsKey(key)) {
            return overrides.get(key);
        }
        String v = values.getOrDefault(key, defaultOrNull(key));
        return v != null ? v : fallback;
    }

    public boolean isOverridden(String key) {
        return overrides.containsKey(key);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("config[");
        sb.append(values.size()).append(" values");
        if (envPrefix != null) {
            sb.append(", ").append(overrides.size()).append(" from ").append(envPrefix);
        }
        return sb.append(']').toString();
    }

    public int getInt(String key, int fallback) {
        String v = getOrElse(key, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC08ConfigLoader.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC08ConfigLoader.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        Properties props = new Properties();
        props.setProperty("server.port", "9090");
        props.setProperty("app.name", "probe");
        BC08ConfigLoader withEnv = new BC08ConfigLoader(props, "APP_",
                Map.of("APP_POOL_SIZE", "32", "HOME", "/root"));
        System.out.println(withEnv.describe() + " pool=" + withEnv.getInt("pool.size", 1)
                + " port=" + withEnv.get("server.port") + " overridden=" + withEnv.isOverridden("pool.size"));
        BC08ConfigLoader plain = new BC08ConfigLoader(props);
        System.out.println(plain.describe() + " name=" + plain.get("app.name")
                + " timeout=" + plain.getInt("timeout", 30));

        expectNpe("default lookup before loadDefaults", 50, () -> plain.get("pool.size"));
        expectNpe("override check without env layer", 75, () -> plain.isOverridden("app.name"));

        loadDefaults();
        System.out.println("after defaults pool=" + plain.get("pool.size") + " missing=" + plain.get("x.y"));
    }
}
