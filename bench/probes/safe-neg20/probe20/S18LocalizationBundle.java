package probe20;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

public class S18LocalizationBundle {
    private final Map<String, String> sources = new HashMap<>();
    private Properties active;
    private Properties fallback;
    private String activeLocale;

    public void register(String locale, String propertiesText) {
        sources.put(locale, propertiesText);
    }

    public void switchLocale(String locale) throws IOException {
        String text = sources.get(locale);
        if (text == null) {
            active = null;
            activeLocale = null;
            return;
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        active = p;
        activeLocale = locale;
    }

    private Properties fallback() throws IOException {
        if (fallback == null) {
            Properties p = new Properties();
            p.load(new StringReader(sources.getOrDefault("en", "")));
            fallback = p;
        }
        return fallback;
    }

    public String msg(String key) throws IOException {
        if (active != null) {
            String v = active.getProperty(key);
            if (v != null) {
                return v;
            }
        }
        return fallback().getProperty(key, "??" + key + "??");
    }

    public void unload() {
        active = null;
        fallback = null;
        activeLocale = null;
    }

    public static void main(String[] args) throws IOException {
        S18LocalizationBundle b = new S18LocalizationBundle();
        b.register("en", "greeting=Hello\nfarewell=Goodbye\nitems=Items");
        b.register("de", "greeting=Hallo\nfarewell=Auf Wiedersehen");
        System.out.println(b.msg("greeting") + " [" + b.activeLocale + "]");
        b.switchLocale("de");
        System.out.println(b.msg("greeting") + " / " + b.msg("items") + " [" + b.activeLocale + "]");
        b.switchLocale("fr");
        System.out.println(b.msg("farewell") + " [" + b.activeLocale + "]");
        b.unload();
        System.out.println(b.msg("missing"));
        b.switchLocale("de");
        System.out.println(b.msg("farewell"));
    }
}
