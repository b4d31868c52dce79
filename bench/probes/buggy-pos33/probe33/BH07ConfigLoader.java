package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

public class BH07ConfigLoader {
    static final class ConfigKeys {
        static final int PROFILE_COUNT = Profiles.count();
        static final Map<String, String> ALIASES = new TreeMap<>();

        static {
            ALIASES.put("env", "profile");
        }

        static String canonical(String key) {
            return ALIASES.getOrDefault(key, key);
        }
    }

    static final class Profiles {
        private static final Map<String, String> BY_NAME = new TreeMap<>();

        static {
            BY_NAME.put("dev", "development");
            BY_NAME.put(ConfigKeys.ALIASES.getOrDefault("env", "env"), "default");
        }

        static int count() {
            return BY_NAME.size();
        }
    }

    static boolean validateOnLoad = false;

    private final String source;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> overrides;

    BH07ConfigLoader(String source, String overrideText) {
        this.source = source;
        this.overrides = parseOverrides(overrideText);
        defaults.put("timeout", "30");
        defaults.put("profile", "dev");
    }

    private static Map<String, String> parseOverrides(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            parsed.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
        }
        return parsed;
    }

    String get(String key) {
        Map<String, String> o = overrides;
        if (o != null && o.containsKey(key)) {
            return o.get(key);
        }
        return defaults.get(key);
    }

    Set<String> overriddenKeys() {
        return new TreeSet<>(overrides.keySet());
    }

    boolean hasOverrides() {
        return overrides != null && !overrides.isEmpty();
    }

    static final class Section {
        private final String name;
        private final String firstKey = validateOnLoad ? peekFirst() : null;
        private final TreeMap<String, String> entries = new TreeMap<>();

        Section(String name, Map<String, String> values) {
            this.name = name;
            entries.putAll(values);
        }

        private String peekFirst() {
            return entries.isEmpty() ? null : entries.firstKey();
        }

        String first() {
            return firstKey != null ? firstKey : peekFirst();
        }

        int size() {
            return entries.size();
        }

        String name() {
            return name;
        }
    }

    String describe() {
        return source + " " + defaults.keySet();
    }

    public static void main(String[] args) throws Exception {
        BH07ConfigLoader loader = new BH07ConfigLoader("app.properties", "timeout=5, retries=3");
        System.out.println(loader.get("timeout") + " " + loader.overriddenKeys() + " " + loader.hasOverrides());
        BH07ConfigLoader plain = new BH07ConfigLoader("plain.properties", "  ");
        System.out.println(plain.get("profile") + " " + plain.hasOverrides() + " " + plain.describe());
        Section db = new Section("db", Map.of("url", "jdbc:x", "pool", "4"));
        System.out.println(db.name() + " " + db.first() + " " + db.size());

        expect(71, plain::overriddenKeys);
        validateOnLoad = true;
        expect(89, () -> new Section("cache", Map.of("ttl", "60")));
        validateOnLoad = false;
        expect(29, () -> System.out.println(ConfigKeys.canonical("env")));
    }

    private static final String FILE = "BH07ConfigLoader.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
