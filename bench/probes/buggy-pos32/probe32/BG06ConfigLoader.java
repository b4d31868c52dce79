package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public final class BG06ConfigLoader {
    private static final String FILE = "BG06ConfigLoader.java";

    static final String SAMPLE = String.join("\n",
            "# sample application config",
            "name = probe",
            "[db]",
            "url = jdbc:h2:mem:test",
            "pool = 8",
            "[cache]",
            "ttl = 60");

    static final class ConfigLoader {
        private static Map<String, String> envOverrides;
        private static boolean envInstalled;

        private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        private Map<String, String> current;
        private String currentName = "global";

        static void installEnvironment(Map<String, String> env, String prefix) {
            if (env.isEmpty()) {
                return;
            }
            Map<String, String> overrides = new HashMap<>();
            env.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    overrides.put(k.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
                }
            });
            envOverrides = overrides;
            envInstalled = true;
        }

        static String fromEnvironment(String key) {
            return envInstalled ? envOverrides.get(key) : null;
        }

        static int overrideCount() {
            Map<String, String> overrides = envOverrides;
            return overrides == null ? 0 : overrides.size();
        }

        void parse(String text) {
            Map<String, String> section = sections.computeIfAbsent("global", k -> new LinkedHashMap<>());
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashMap<>());
                } else {
                    int eq = line.indexOf('=');
                    section.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }

        void select(String name) {
            currentName = name;
            current = sections.get(name);
        }

        String get(String key) {
            return current.get(key);
        }

        String getOrNull(String key) {
            Map<String, String> c = current;
            return c == null ? null : c.get(key);
        }

        String resolve(String key) {
            String fromEnv = envOverrides.get(currentName + "." + key);
            return fromEnv != null ? fromEnv : getOrNull(key);
        }

        String effective(String key) {
            String fromEnv = fromEnvironment(currentName + "." + key);
            return fromEnv != null ? fromEnv : getOrNull(key);
        }

        int sectionCount() {
            return sections.size();
        }

        Map<String, String> flatten() {
            Map<String, String> flat = new LinkedHashMap<>();
            sections.forEach((name, entries) -> entries.forEach((k, v) -> flat.put(name + "." + k, v)));
            return flat;
        }
    }

    public static void main(String[] args) throws Exception {
        ConfigLoader loader = new ConfigLoader();
        loader.parse(SAMPLE);
        loader.select("db");
        System.out.println("url=" + loader.get("url") + " pool=" + loader.effective("pool") + " env=" + ConfigLoader.overrideCount());
        loader.select("replica");
        System.out.println("replica url=" + loader.getOrNull("url") + " effective=" + loader.effective("url"));
        System.out.println("sections=" + loader.sectionCount() + " flat=" + loader.flatten());

        loader.select("metrics");
        expectNpe(74, () -> loader.get("port"));

        ConfigLoader.installEnvironment(Map.of(), "APP_");
        loader.select("cache");
        expectNpe(83, () -> loader.resolve("ttl"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
