package probe27;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** ResourceBundle-like i18n lookup with parent chain; properties are loaded on first lookup. */
public final class F17MessageBundle {
    private static final Map<String, String> RESOURCES = new HashMap<>(); // simulated classpath
    private static final Map<String, F17MessageBundle> CACHE = new HashMap<>();

    static {
        RESOURCES.put("messages", "greeting=Hello {0}\nfarewell=Goodbye\nitems={0,number,integer} items\n");
        RESOURCES.put("messages_fr", "greeting=Bonjour {0}\nfarewell=Au revoir\n");
        RESOURCES.put("messages_de_AT", "farewell=Servus\n"); // note: no messages_de
    }

    private final String resourceName;
    private final F17MessageBundle parent;
    private Properties props; // null until loaded, and forever null for a missing resource
    private boolean missing;
    private int loads;

    private F17MessageBundle(String resourceName, F17MessageBundle parent) {
        this.resourceName = resourceName;
        this.parent = parent;
    }

    public static synchronized F17MessageBundle getBundle(String base, Locale locale) {
        String[] names = {base, base + "_" + locale.getLanguage(), base + "_" + locale.getLanguage() + "_" + locale.getCountry()};
        F17MessageBundle b = null;
        for (String n : names) {
            if (n.endsWith("_")) break; // locale without country
            F17MessageBundle p = b;
            b = CACHE.computeIfAbsent(n, k -> new F17MessageBundle(k, p));
        }
        return b;
    }

    private Properties properties() {
        if (props == null && !missing) {
            String text = RESOURCES.get(resourceName);
            if (text == null) {
                missing = true;
            } else {
                Properties p = new Properties();
                try {
                    p.load(new StringReader(text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                props = p;
                loads++;
            }
        }
        return props;
    }

    public boolean containsKey(String key) {
        for (F17MessageBundle b = this; b != null; b = b.parent) {
            Properties p = b.properties();
            if (p != null && p.containsKey(key)) return true;
        }
        return false;
    }

    public String getStringOrKey(String key) {
        for (F17MessageBundle b = this; b != null; b = b.parent) {
            Properties p = b.properties();
            String v = p == null ? null : p.getProperty(key);
            if (v != null) return v;
        }
        return "???" + key + "???";
    }

    public String format(String key, Object... args) { return MessageFormat.format(getStringOrKey(key), args); }

    public Set<String> keySet() {
        Set<String> keys = new TreeSet<>();
        for (F17MessageBundle b = this; b != null; b = b.parent) {
            Properties p = b.properties();
            if (p != null) keys.addAll(p.stringPropertyNames());
        }
        return keys;
    }

    public void clearCache() {
        props = null;
        missing = false;
    }

    public static void main(String[] args) {
        F17MessageBundle en = getBundle("messages", Locale.ENGLISH);
        F17MessageBundle fr = getBundle("messages", Locale.FRANCE);
        F17MessageBundle at = getBundle("messages", new Locale("de", "AT"));
        assert en.format("greeting", "Ann").equals("Hello Ann");
        assert fr.format("greeting", "Ann").equals("Bonjour Ann") && fr.getStringOrKey("farewell").equals("Au revoir");
        assert fr.format("items", 3).equals("3 items");
        assert at.getStringOrKey("farewell").equals("Servus") && at.format("greeting", "Jo").equals("Hello Jo");
        assert at.parent != null && at.parent.properties() == null : "messages_de does not exist";
        assert !at.containsKey("nope") && at.getStringOrKey("nope").equals("???nope???");
        assert at.keySet().equals(Set.of("greeting", "farewell", "items"));
        assert getBundle("messages", Locale.FRANCE) == fr;
        F17MessageBundle base = getBundle("messages", Locale.ROOT);
        assert base.loads == 1;
        base.clearCache();
        assert base.containsKey("items") && base.loads == 2;
        at.parent.clearCache();
        assert at.keySet().size() == 3;
        System.out.println("F17 ok");
    }
}
