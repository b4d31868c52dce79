package probe30;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;

/** Application settings: packaged defaults plus optional user overrides. */
public final class T38LayeredSettings {
    private final Properties defaults = new Properties();
    private Properties overrides; // only created once something is overridden

    public T38LayeredSettings(Map<String, String> packaged) {
        packaged.forEach(defaults::setProperty);
    }

    public String get(String key) {
        if (overrides != null && overrides.containsKey(key)) return overrides.getProperty(key);
        return defaults.getProperty(key);
    }

    public int getInt(String key, int fallback) {
        String v = get(key);
        if (v == null) return fallback;
        if (!v.strip().matches("-?\\d{1,9}")) throw new IllegalArgumentException(key + " is not a number: " + v);
        return Integer.parseInt(v.strip());
    }

    public void override(String key, String value) {
        if (overrides == null) overrides = new Properties();
        overrides.setProperty(key, value);
    }

    public void loadOverrides(String text) throws IOException {
        Properties loaded = new Properties();
        loaded.load(new StringReader(text));
        if (overrides == null) {
            overrides = loaded;
        } else {
            overrides.putAll(loaded);
        }
    }

    public boolean isOverridden(String key) {
        return overrides != null && overrides.containsKey(key);
    }

    public void revert(String key) {
        if (overrides == null) return;
        overrides.remove(key);
        if (overrides.isEmpty()) overrides = null;
    }

    public void revertAll() {
        overrides = null;
    }

    public static void main(String[] args) throws IOException {
        T38LayeredSettings s = new T38LayeredSettings(Map.of("http.port", "8080", "log.level", "info"));
        assert s.get("http.port").equals("8080") && s.get("missing") == null;
        assert !s.isOverridden("http.port") && s.getInt("http.port", 0) == 8080;
        assert s.getInt("missing", 7) == 7;
        s.revert("http.port");
        s.revertAll();

        s.override("http.port", "9090");
        assert s.isOverridden("http.port") && s.getInt("http.port", 0) == 9090;
        s.loadOverrides("log.level = debug\nworkers=x\n");
        assert s.get("log.level").equals("debug") && s.get("http.port").equals("9090");
        try {
            s.getInt("workers", 1);
            throw new AssertionError("bad number accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        s.revert("workers");
        s.revert("http.port");
        assert s.get("http.port").equals("8080") && s.isOverridden("log.level");
        s.revert("log.level"); // last override gone
        assert !s.isOverridden("log.level") && s.get("log.level").equals("info");
        s.revert("log.level");

        s.loadOverrides("http.port=1");
        assert s.getInt("http.port", 0) == 1;
        s.revertAll();
        assert s.getInt("http.port", 0) == 8080 && !s.isOverridden("http.port");
        System.out.println("T38 ok");
    }
}
