package probe19;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;

/** Message bundle loaded lazily from properties text, with a fallback on load failure. */
public class M10I18nBundle {
    private final String language;
    private String source;
    private Properties messages;

    public M10I18nBundle(String language, String source) {
        this.language = language;
        this.source = source;
    }

    private Properties messages() {
        if (messages == null) {
            Properties loaded = new Properties();
            try {
                loaded.load(new StringReader(source == null ? "" : source));
            } catch (IOException | IllegalArgumentException e) {
                loaded = new Properties();
                loaded.setProperty("bundle.error", "Bundle for {0} could not be loaded");
            }
            messages = loaded;
        }
        return messages;
    }

    public String get(String key, Object... args) {
        String pattern = messages().getProperty(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        return new MessageFormat(pattern).format(args);
    }

    public int size() {
        return messages().size();
    }

    public TreeSet<String> keys() {
        return new TreeSet<>(messages().stringPropertyNames());
    }

    public void reload(String newSource) {
        source = newSource;
        messages = null;
    }

    public String language() {
        return language;
    }

    public static void main(String[] args) {
        M10I18nBundle en = new M10I18nBundle("en", "greeting=Hello, {0}!\ninbox=You have {0} new messages\n");
        System.out.println(en.get("greeting", "Ada") + " | " + en.get("inbox", 5) + " | " + en.get("nope"));
        en.reload("greeting=Hi {0}");
        en.reload("greeting=Hey {0}");
        System.out.println(en.get("greeting", "Bob") + " " + en.size());
        M10I18nBundle broken = new M10I18nBundle("de", "gruss=Hallo\\uZZZZ");
        System.out.println(broken.keys() + " " + broken.get("bundle.error", broken.language()));
        broken.reload("gruss=Hallo {0}");
        System.out.println(broken.get("gruss", "Welt") + " " + broken.keys());
    }
}
