package probe33;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message bundle with an optional locale-specific layer over built-in English messages,
 * like a simplified ResourceBundle. The localized map is loaded by switchLocale and dropped
 * when falling back to the root locale.
 */
public class SC14LocaleBundle {

    private static final Map<String, String> ROOT = Map.of(
            "greeting", "Hello, {0}!",
            "bye", "Goodbye",
            "items", "{0} items");

    private static final Map<Locale, Map<String, String>> CATALOG = Map.of(
            Locale.GERMAN, Map.of("greeting", "Hallo, {0}!", "bye", "Tschüss"),
            Locale.FRENCH, Map.of("greeting", "Bonjour, {0} !"));

    private Locale locale = Locale.ROOT;
    private Map<String, String> localized;

    public void switchLocale(Locale target) {
        if (Locale.ROOT.equals(target) || Locale.ENGLISH.equals(target)) {
            locale = Locale.ROOT;
            localized = null;
            return;
        }
        Map<String, String> data = CATALOG.get(target);
        if (data == null) {
            throw new IllegalArgumentException("no bundle for " + target);
        }
        locale = target;
        localized = new HashMap<>(data);
    }

    public String message(String key, Object... params) {
        String pattern = null;
        if (!Objects.isNull(localized)) {
            pattern = localized.get(key);
        }
        if (pattern == null) {
            pattern = ROOT.get(key);
        }
        if (pattern == null) {
            throw new java.util.NoSuchElementException("missing message: " + key);
        }
        return new MessageFormat(pattern, locale).format(params);
    }

    public boolean isLocalized(String key) {
        return Objects.nonNull(localized) && localized.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC14LocaleBundle b = new SC14LocaleBundle();
        check(b.message("greeting", "Ada").equals("Hello, Ada!"), "root greeting");
        check(!b.isLocalized("greeting") && b.locale().equals(Locale.ROOT), "root");
        try {
            b.message("nope");
            throw new AssertionError("expected NSEE");
        } catch (java.util.NoSuchElementException expected) {
            // ok
        }
        try {
            b.switchLocale(Locale.JAPANESE);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }

        b.switchLocale(Locale.GERMAN);
        check(b.message("greeting", "Ada").equals("Hallo, Ada!"), "de greeting");
        check(b.message("items", 3).equals("3 items"), "fallback to root");
        check(b.isLocalized("bye") && !b.isLocalized("items"), "de localized");
        check(b.locale().equals(Locale.GERMAN), "de locale");

        b.switchLocale(Locale.ENGLISH);
        check(b.message("bye").equals("Goodbye") && !b.isLocalized("bye"), "dropped 1");
        b.switchLocale(Locale.ROOT);
        check(b.message("bye").equals("Goodbye") && !b.isLocalized("bye"), "dropped 2");
        check(b.locale().equals(Locale.ROOT), "root again");

        b.switchLocale(Locale.FRENCH);
        check(b.message("greeting", "Ada").equals("Bonjour, Ada !") && b.isLocalized("greeting"), "fr");
        check(b.message("bye").equals("Goodbye"), "fr fallback");
        System.out.println("SC14 ok");
    }
}
