package probe16p;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

public class Q04ConfigLoader {
    private final Properties defaults = new Properties();
    private Map<String, String> overrides;
    private String mode = "standard";

    public Q04ConfigLoader() {
        defaults.setProperty("db.pool.size", "8");
        defaults.setProperty("http.timeout.ms", "5000");
    }

    public void init(Properties source) {
        mode = source.getProperty("config.mode", "standard");
        if ("legacy".equals(mode)) {
            defaults.putAll(source);
            return;
        }
        overrides = new HashMap<>();
        for (String name : source.stringPropertyNames()) {
            if (name.startsWith("override.")) {
                overrides.put(name.substring("override.".length()), source.getProperty(name));
            }
        }
    }

    public String get(String key) {
        if (overrides.containsKey(key)) { // BUG
            return overrides.get(key);
        }
        return defaults.getProperty(key);
    }

    public int overrideCount() {
        return overrides.size(); // BUG
    }

    public static void main(String[] args) {
        Properties standard = new Properties();
        standard.setProperty("override.db.pool.size", "16");
        Q04ConfigLoader loader = new Q04ConfigLoader();
        loader.init(standard);
        System.out.println("pool = " + loader.get("db.pool.size") + ", overrides = " + loader.overrideCount());

        Properties legacy = new Properties();
        legacy.setProperty("config.mode", "legacy");
        legacy.setProperty("http.timeout.ms", "9000");
        Q04ConfigLoader legacyLoader = new Q04ConfigLoader();
        legacyLoader.init(legacy);
        prove("get in legacy mode", () -> legacyLoader.get("http.timeout.ms"));
        prove("overrideCount in legacy mode", () -> legacyLoader.overrideCount());
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
