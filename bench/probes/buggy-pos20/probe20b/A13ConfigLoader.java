package probe20b;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Application settings: built-in defaults plus an optional override file.
 * The override {@link Properties} object only exists once a file was loaded.
 */
public class A13ConfigLoader {

    private static final String FILE = "A13ConfigLoader.java";

    private final Properties defaults = new Properties();
    private Properties overrides;

    public A13ConfigLoader() {
        defaults.setProperty("pool.size", "8");
        defaults.setProperty("log.level", "INFO");
    }

    private Set<String> overrideNames() {
        return overrides == null ? Collections.emptySet() : overrides.stringPropertyNames();
    }

    public void loadOverrides(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        overrides = p;
    }

    public void dropOverrides() {
        overrides = null;
    }

    public String get(String key) {
        if (overrideNames().contains(key)) {
            return overrides.getProperty(key);
        }
        return defaults.getProperty(key);
    }

    public Map<String, String> effective() {
        Map<String, String> out = new TreeMap<>();
        for (String k : defaults.stringPropertyNames()) {
            out.put(k, defaults.getProperty(k));
        }
        for (String k : overrideNames()) {
            out.put(k, overrides.getProperty(k));
        }
        return out;
    }

    /** Status line for the admin page. */
    public String describe() {
        if (overrideNames().isEmpty()) {
            return overrides.isEmpty() ? "defaults only" : "overrides with non-string entries"; // BUG
        }
        return overrides.size() + " overrides";
    }

    /** Pins a key to its current default so later default changes do not apply. */
    public void pin(String key) {
        if (!overrideNames().contains(key)) {
            overrides.setProperty(key, defaults.getProperty(key, "")); // BUG
        }
    }

    public static void main(String[] args) {
        A13ConfigLoader cfg = new A13ConfigLoader();
        assert cfg.get("pool.size").equals("8");
        assert cfg.effective().size() == 2;
        cfg.loadOverrides("");
        assert cfg.describe().equals("defaults only");
        cfg.pin("log.level");
        cfg.loadOverrides("pool.size=16\n");
        assert cfg.get("pool.size").equals("16");
        assert cfg.describe().equals("1 overrides");
        assert cfg.effective().get("pool.size").equals("16");
        cfg.dropOverrides();
        assert cfg.get("pool.size").equals("8");

        prove(67, () -> new A13ConfigLoader().describe());
        prove(75, () -> new A13ConfigLoader().pin("log.level"));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
