package probe30;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Layered configuration: defaults, per-format overrides and named profiles. */
public final class BE07ConfigLoader {

    private static final String FILE = "BE07ConfigLoader.java";

    /** Correctly ordered built-in defaults. */
    static final class Builtins {
        static final Map<String, String> VALUES = new LinkedHashMap<>();
        static {
            VALUES.put("http.port", "8080");
            VALUES.put("http.threads", "16");
        }
        static final BE07ConfigLoader SERVER = seed("properties", VALUES);
    }

    /** Process-wide settings, bootstrapped on first access. */
    static final class Globals {
        static final BE07ConfigLoader SYSTEM = bootstrap();
        static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
        static {
            DEFAULTS.put("log.level", "INFO");
            DEFAULTS.put("pool.size", "8");
        }

        private static BE07ConfigLoader bootstrap() {
            BE07ConfigLoader loader = new BE07ConfigLoader("properties");
            for (Map.Entry<String, String> e : DEFAULTS.entrySet()) {
                loader.set(e.getKey(), e.getValue());
            }
            return loader;
        }
    }

    private final String format;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> profiles = new HashMap<>();
    private Map<String, String> overrides;
    private Map<String, String> active;

    BE07ConfigLoader(String format) {
        this.format = format;
        switch (format) {
            case "yaml", "json" -> overrides = new HashMap<>();
            case "properties" -> overrides = new TreeMap<>();
            default -> { }
        }
    }

    static BE07ConfigLoader seed(String format, Map<String, String> defaults) {
        BE07ConfigLoader loader = new BE07ConfigLoader(format);
        defaults.forEach(loader::set);
        return loader;
    }

    void set(String key, String value) {
        values.put(key, value);
    }

    void override(String key, String value) {
        overrides.put(key, value);
    }

    void defineProfile(String name, Map<String, String> settings) {
        profiles.put(name, new HashMap<>(settings));
    }

    void activate(String name) {
        this.active = profiles.get(name);
    }

    void setActive(String key, String value) {
        active.put(key, value);
    }

    String effective(String key) {
        if (active != null && active.containsKey(key)) {
            return active.get(key);
        }
        if (overrides != null && overrides.containsKey(key)) {
            return overrides.get(key);
        }
        return values.get(key);
    }

    public static void main(String[] args) {
        BE07ConfigLoader yaml = new BE07ConfigLoader("yaml");
        yaml.set("db.url", "jdbc:pg://a");
        yaml.override("db.url", "jdbc:pg://b");
        yaml.defineProfile("dev", Map.of("db.url", "jdbc:h2:mem"));
        System.out.println(yaml.format + " " + yaml.effective("db.url"));
        yaml.activate("dev");
        yaml.setActive("debug", "true");
        System.out.println("dev=" + yaml.effective("db.url") + " debug=" + yaml.effective("debug"));
        BE07ConfigLoader ini = new BE07ConfigLoader("ini");
        ini.set("name", "probe");
        ini.activate("missing");
        System.out.println("ini name=" + ini.effective("name") + " port=" + Builtins.SERVER.effective("http.port"));

        try {
            System.out.println(Globals.SYSTEM.effective("log.level"));
            miss(34);
        } catch (ExceptionInInitializerError e) {
            expect(e.getCause(), 34);
        }
        try {
            ini.override("name", "other");
            miss(67);
        } catch (NullPointerException e) {
            expect(e, 67);
        }
        try {
            yaml.activate("staging");
            yaml.setActive("db.url", "jdbc:pg://staging");
            miss(79);
        } catch (NullPointerException e) {
            expect(e, 79);
        }
    }

    private static void expect(Throwable t, int line) {
        if (!(t instanceof NullPointerException)) {
            System.out.println("NOT NPE " + t);
            return;
        }
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
