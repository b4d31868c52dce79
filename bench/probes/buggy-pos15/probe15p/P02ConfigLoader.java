package probe15p;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public class P02ConfigLoader {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private Map<String, String> properties;
    private String loadedFrom;

    public void registerSource(String name, String content) {
        sources.put(name, content);
    }

    public void load(String sourceName) {
        String content = sources.get(sourceName);
        if (content == null) {
            System.err.println("config source not found: " + sourceName + ", keeping defaults");
            return;
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.indexOf('=');
                if (eq > 0) parsed.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + sourceName, e);
        }
        properties = parsed;
        loadedFrom = sourceName;
    }

    public String get(String key, String fallback) {
        return properties.getOrDefault(key, fallback); // BUG
    }

    public int getInt(String key, int fallback) {
        String raw = get(key, null);
        return raw == null ? fallback : Integer.parseInt(raw);
    }

    public Set<String> keys() {
        return properties.keySet(); // BUG
    }

    public void overlay(Map<String, String> overrides) {
        if (properties == null) {
            properties = new LinkedHashMap<>();
        }
        properties.putAll(overrides);
    }

    public String origin() {
        return loadedFrom == null ? "<defaults>" : loadedFrom;
    }

    public static void main(String[] args) {
        P02ConfigLoader loader = new P02ConfigLoader();
        loader.registerSource("app.properties", "# app\nport = 8080\nhost=localhost\n");
        loader.load("app.properties");
        System.out.println(loader.getInt("port", 80) + " " + loader.keys() + " from " + loader.origin());

        P02ConfigLoader overridden = new P02ConfigLoader();
        overridden.overlay(Map.of("host", "10.0.0.5"));
        System.out.println(overridden.get("host", "localhost") + " from " + overridden.origin());

        P02ConfigLoader missing = new P02ConfigLoader();
        missing.registerSource("app.properties", "port=1");
        missing.load("prod.properties");
        prove(() -> missing.getInt("port", 80));
        prove(() -> missing.keys());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
