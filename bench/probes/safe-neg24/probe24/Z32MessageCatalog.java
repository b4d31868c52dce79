package probe24;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * An i18n message catalog that parses its bundle on first use. Instead of a null test the
 * catalog calls a self-replacing initializer: the {@code ensureLoaded} field starts as
 * {@code this::load}, and {@code load()} assigns the map before swapping in a no-op.
 */
public class Z32MessageCatalog {

    private static final Runnable ALREADY_LOADED = () -> { };

    private final Locale locale;
    private final String bundleText;
    /** Parsed messages; null until the first lookup and after unload(). */
    private Properties messages;
    /** this::load while messages is null, ALREADY_LOADED while it is not. */
    private Runnable ensureLoaded = this::load;
    private int parses;

    public Z32MessageCatalog(Locale locale, String bundleText) {
        this.locale = locale;
        this.bundleText = bundleText;
    }

    private void load() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(bundleText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parses++;
        messages = p;
        ensureLoaded = ALREADY_LOADED;
    }

    public String format(String key, Object... args) {
        ensureLoaded.run();
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean contains(String key) {
        ensureLoaded.run();
        return messages.containsKey(key);
    }

    /** Frees the parsed bundle (e.g. on low memory); the next lookup parses again. */
    public void unload() {
        ensureLoaded = this::load;
        messages = null;
    }

    public boolean isLoaded() {
        return ensureLoaded == ALREADY_LOADED;
    }

    public static void main(String[] args) {
        Z32MessageCatalog en = new Z32MessageCatalog(Locale.ENGLISH,
                "greeting=Hello, {0}!\ninbox=You have {0,number,integer} new messages\n");
        System.out.println(en.isLoaded() + " " + en.format("greeting", "Ada") + " " + en.isLoaded());
        System.out.println(en.format("inbox", 1200) + " " + en.format("missing") + " " + en.contains("inbox"));
        en.unload();
        System.out.println(en.isLoaded() + " " + en.contains("greeting") + " parses=" + en.parses);
    }
}
