package probe28;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Desktop-tool configuration loader. Properties are absent until load() has
 * parsed a source; isLoaded() is the guard every reader consults.
 */
public class H06ConfigLoader {
    private final String appName;
    private Properties props; // null until load(), null again after unload()
    private int loads;
    private String lastSource = "<none>";

    public H06ConfigLoader(String appName) {
        this.appName = appName;
    }

    public boolean isLoaded() {
        return props != null;
    }

    public void load(String sourceName, String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        props = p;
        lastSource = sourceName;
        loads++;
    }

    public void unload() {
        props = null;
    }

    public String get(String key, String def) {
        if (!isLoaded()) {
            return def;
        }
        return props.getProperty(key, def);
    }

    public int getInt(String key, int def) {
        String raw = get(key, null);
        if (raw == null) {
            return def;
        }
        String digits = raw.trim();
        if (!digits.matches("-?\\d{1,9}")) {
            return def;
        }
        return Integer.parseInt(digits);
    }

    public String keys() {
        if (!isLoaded()) {
            return "";
        }
        return String.join(",", new TreeSet<>(props.stringPropertyNames()));
    }

    public void override(String key, String value) {
        if (isLoaded()) {
            props.setProperty(key, value);
        }
    }

    public String banner() {
        return appName + " config from " + lastSource + " (loads=" + loads + ")";
    }

    public static void main(String[] args) throws IOException {
        H06ConfigLoader cfg = new H06ConfigLoader("imgtool");
        assert !cfg.isLoaded();
        assert "light".equals(cfg.get("theme", "light"));
        assert cfg.getInt("threads", 4) == 4;
        assert cfg.keys().isEmpty();
        cfg.override("theme", "dark");
        assert "light".equals(cfg.get("theme", "light"));
        cfg.load("user.properties", "theme=dark\nthreads = 8\nzoom=abc\n");
        assert cfg.isLoaded();
        assert "dark".equals(cfg.get("theme", "light"));
        assert cfg.getInt("threads", 4) == 8;
        assert cfg.getInt("zoom", 100) == 100;
        assert cfg.keys().equals("theme,threads,zoom");
        cfg.override("zoom", "150");
        assert cfg.getInt("zoom", 100) == 150;
        cfg.unload();
        assert cfg.getInt("zoom", 100) == 100;
        assert cfg.banner().equals("imgtool config from user.properties (loads=1)");
        System.out.println(cfg.banner());
    }
}
