package probe23b;

import java.util.Hashtable;
import java.util.Properties;
import java.util.TreeSet;

/** Configuration library; the copy constructor copies the overrides but forgets the defaults table. */
public class G15LayeredConfig {
    private static final String FILE = "G15LayeredConfig.java";
    private static final int L1 = 38;
    private static final int L2 = 51;

    private Properties defaults;
    private final Hashtable<String, String> overrides;

    public G15LayeredConfig(Properties defaults) {
        this.defaults = defaults != null ? defaults : new Properties();
        this.overrides = new Hashtable<>();
    }

    /** Copy constructor used by "withOverride" style immutable updates. */
    public G15LayeredConfig(G15LayeredConfig other) {
        this.overrides = new Hashtable<>(other.overrides);
    }

    public G15LayeredConfig withOverride(String key, String value) {
        G15LayeredConfig copy = new G15LayeredConfig(this);
        copy.overrides.put(key, value);
        return copy;
    }

    public boolean hasDefault(String key) {
        return defaults != null && defaults.containsKey(key);
    }

    public String get(String key) {
        String v = overrides.get(key);
        return v != null ? v : defaults.getProperty(key); // BUG
    }

    public String getOrNull(String key) {
        String v = overrides.get(key);
        if (v != null) {
            return v;
        }
        return defaults == null ? null : defaults.getProperty(key);
    }

    public TreeSet<String> keys() {
        TreeSet<String> all = new TreeSet<>(overrides.keySet());
        all.addAll(defaults.stringPropertyNames()); // BUG
        return all;
    }

    public TreeSet<String> overrideKeys() {
        return new TreeSet<>(overrides.keySet());
    }

    public void inheritDefaults(G15LayeredConfig from) {
        if (defaults == null) {
            defaults = from.defaults;
        }
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        Properties d = new Properties();
        d.setProperty("port", "8080");
        d.setProperty("host", "localhost");
        G15LayeredConfig base = new G15LayeredConfig(d);
        assert "8080".equals(base.get("port"));
        assert base.keys().size() == 2;
        G15LayeredConfig empty = new G15LayeredConfig((Properties) null);
        assert empty.get("port") == null;
        G15LayeredConfig tuned = base.withOverride("port", "9090");
        assert "9090".equals(tuned.get("port"));
        assert "9090".equals(tuned.getOrNull("port"));
        assert tuned.getOrNull("host") == null;
        assert !tuned.hasDefault("host") && base.hasDefault("host");
        assert tuned.overrideKeys().size() == 1;
        tuned.inheritDefaults(base);
        assert "localhost".equals(tuned.get("host"));
        assert tuned.keys().size() == 2;

        try {
            base.withOverride("debug", "true").get("host");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new G15LayeredConfig(base).keys();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
