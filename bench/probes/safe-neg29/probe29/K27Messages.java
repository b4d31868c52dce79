package probe29;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Localised UI messages with optional translation table on top of English defaults. */
public class K27Messages {

    private static final Map<String, String> ENGLISH = Map.of(
            "greet", "Hello, %s!",
            "bye", "Goodbye",
            "item", "%d item",
            "items", "%d items");

    private TreeMap<String, String> translation;
    private Locale locale = Locale.ENGLISH;

    public void useLocale(Locale l, Map<String, String> table) {
        locale = l;
        translation = l.getLanguage().equals("en") || table.isEmpty() ? null : new TreeMap<>(table);
    }

    public String text(String key) {
        String t = translation != null ? translation.get(key) : null;
        return t != null ? t : ENGLISH.getOrDefault(key, "??" + key + "??");
    }

    public String format(String key, Object... args) {
        return String.format(locale, text(key), args);
    }

    public int coverage() {
        return translation == null ? 0
                : (int) (100L * ENGLISH.keySet().stream().filter(translation::containsKey).count() / ENGLISH.size());
    }

    public String missing() {
        return translation == null ? "n/a"
                : String.join(",", new TreeMap<>(ENGLISH).keySet().stream()
                        .filter(k -> !translation.containsKey(k)).toList());
    }

    public String count(int n) {
        return format(n == 1 ? "item" : "items", n);
    }

    public void addTranslation(String key, String text) {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("unknown message key " + key);
        }
        if (translation == null) {
            throw new IllegalStateException("no translation table for " + locale.toLanguageTag());
        }
        translation.put(key, text);
    }

    public Map<String, String> effective() {
        Map<String, String> all = new TreeMap<>(ENGLISH);
        all.replaceAll((k, v) -> translation != null && translation.containsKey(k) ? translation.get(k) : v);
        return all;
    }

    public void resetToEnglish() {
        locale = Locale.ENGLISH;
        translation = null;
    }

    public String localeTag() {
        return locale.toLanguageTag() + (translation == null ? "" : "*" + translation.size());
    }

    public static void main(String[] args) {
        K27Messages m = new K27Messages();
        System.out.println(m.localeTag() + " " + m.format("greet", "Ada") + " " + m.text("bye") + " "
                + m.format("items", 3) + " " + m.text("oops") + " cov=" + m.coverage() + " missing=" + m.missing());
        m.useLocale(Locale.GERMAN, Map.of("greet", "Hallo, %s!", "bye", "Tschuess"));
        System.out.println(m.localeTag() + " " + m.format("greet", "Ada") + " " + m.text("bye") + " "
                + m.format("items", 3) + " cov=" + m.coverage() + " missing=" + m.missing());
        m.useLocale(Locale.FRENCH, Map.of());
        System.out.println(m.localeTag() + " " + m.format("greet", "Ada") + " cov=" + m.coverage());
        m.useLocale(Locale.UK, Map.of("greet", "Hiya %s"));
        System.out.println(m.localeTag() + " " + m.format("greet", "Ada") + " missing=" + m.missing());
        try {
            m.addTranslation("bye", "Cheerio");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        m.useLocale(Locale.ITALIAN, Map.of("bye", "Ciao"));
        m.addTranslation("items", "%d articoli");
        try {
            m.addTranslation("colour", "colore");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println(m.localeTag() + " " + m.count(1) + " / " + m.count(4) + " cov=" + m.coverage() + " "
                + m.effective());
        m.resetToEnglish();
        System.out.println(m.localeTag() + " " + m.count(2) + " " + m.effective() + " missing=" + m.missing());
    }
}
