package probe31;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Loads service configuration from a properties source; before load() every lookup falls back to defaults. */
public final class I03ConfigLoader {
    private Properties props; // null until load(), and again after unload()
    private String source;

    public void load(String sourceName, Reader reader) throws IOException {
        Properties fresh = new Properties();
        fresh.load(reader);
        props = fresh;
        source = sourceName;
    }

    public void loadString(String sourceName, String text) {
        try {
            load(sourceName, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, String defaultValue) {
        if (props == null || key == null) {
            return defaultValue;
        }
        return props.getProperty(key, defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        String raw = get(key, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an int: " + key + "=" + raw, e);
        }
    }

    public boolean isLoaded() {
        return props != null;
    }

    public Set<String> keys() {
        return props == null ? Set.of() : new TreeSet<>(props.stringPropertyNames());
    }

    public void unload() {
        props = null;
        source = null;
    }

    public String describe() {
        return props == null ? "config<unloaded>" : "config<" + source + ", " + props.size() + " keys>";
    }

    public static void main(String[] args) throws IOException {
        I03ConfigLoader cfg = new I03ConfigLoader();
        if (cfg.isLoaded() || !cfg.keys().isEmpty()) throw new AssertionError("fresh loader");
        if (!cfg.get("db.url", "jdbc:h2:mem").equals("jdbc:h2:mem")) throw new AssertionError("default");
        if (cfg.getInt("db.pool", 4) != 4) throw new AssertionError("int default");
        System.out.println("I03 " + cfg.describe());
        cfg.unload();

        cfg.load("app.properties", new StringReader("db.url=jdbc:pg://db/app\ndb.pool = 16\nbad=x1\n"));
        if (!cfg.get("db.url", "?").equals("jdbc:pg://db/app")) throw new AssertionError("loaded value");
        if (cfg.getInt("db.pool", 4) != 16 || !cfg.get(null, "d").equals("d")) throw new AssertionError("int value");
        try {
            cfg.getInt("bad", 0);
            throw new AssertionError("bad int accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        if (!cfg.keys().equals(Set.of("db.url", "db.pool", "bad"))) throw new AssertionError("keys " + cfg.keys());
        System.out.println("I03 " + cfg.describe());

        cfg.unload();
        cfg.unload();
        if (cfg.getInt("db.pool", 8) != 8 || cfg.isLoaded()) throw new AssertionError("after unload");
        cfg.loadString("inline", "feature.x=on");
        System.out.println("I03 " + cfg.describe() + " feature.x=" + cfg.get("feature.x", "off"));
    }
}
