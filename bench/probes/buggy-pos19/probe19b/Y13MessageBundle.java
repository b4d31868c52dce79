package probe19b;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Localised messages with a language -> root fallback chain; missing bundles show raw keys. */
public class Y13MessageBundle {

    private static final Map<String, String> RESOURCES = Map.of(
            "ui_de", "greeting=Hallo {0}\nbye=Auf Wiedersehen\n",
            "ui", "greeting=Hello {0}\nbye=Goodbye\nhelp=See the manual\n",
            "mail_fr", "subject=Votre commande {0}\n");

    private final Locale locale;
    private Properties messages;
    private Hashtable<String, MessageFormat> formats; // compiled patterns for the loaded bundle

    Y13MessageBundle(String base, Locale locale) {
        this.locale = locale;
        if ((messages = read(base + "_" + locale.getLanguage())) == null
                && (messages = read(base)) == null) {
            System.out.println("no bundle " + base + " for " + locale + ", showing keys");
        }
        formats = messages == null ? null : new Hashtable<>();
    }

    private static Properties read(String name) {
        String text = RESOURCES.get(name);
        if (text == null) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    String text(String key) {
        return messages == null ? key : messages.getProperty(key, key);
    }

    String format(String key, Object... args) {
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(text(k), locale)); // BUG
        return f.format(args);
    }

    Set<String> keys() {
        return messages.stringPropertyNames(); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y13MessageBundle.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y13MessageBundle.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y13MessageBundle de = new Y13MessageBundle("ui", Locale.GERMAN);
        Y13MessageBundle it = new Y13MessageBundle("ui", Locale.ITALIAN);
        Y13MessageBundle mailDe = new Y13MessageBundle("mail", Locale.GERMAN);
        System.out.println(de.format("greeting", "Eva") + " | " + it.format("greeting", "Gio") + " | "
                + de.keys().size() + " | " + mailDe.text("subject"));

        prove(53, () -> System.out.println(mailDe.format("subject", 4711)));
        prove(58, () -> System.out.println(new Y13MessageBundle("mail", Locale.ENGLISH).keys()));
    }
}
