package probe28;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Message-source lookup like Spring's MessageSource / java.util.ResourceBundle:
 * bundles are registered per language tag by init(), lookups fall back to the
 * root bundle, and {name} placeholders are interpolated from an argument map.
 */
public class BC19I18nMessages {

    private static Map<String, Map<String, String>> BUNDLES;

    private final Locale locale;
    private final String fallbackTag;

    public BC19I18nMessages(Locale locale) {
        this.locale = locale;
        this.fallbackTag = "root";
    }

    public static synchronized void init() {
        Map<String, Map<String, String>> b = new HashMap<>();
        Map<String, String> root = new HashMap<>();
        root.put("greeting", "Hello {name}");
        root.put("bye", "Goodbye");
        Map<String, String> de = new HashMap<>();
        de.put("greeting", "Hallo {name}");
        b.put("root", root);
        b.put("de", de);
        BUNDLES = b;
    }

    public static boolean isInitialized() {
        return BUNDLES != null;
    }

    static boolean hasBundle(String tag) {
        return BUNDLES.containsKey(tag);
    }

    public String lookup(String key) {
        Map<String, Map<String, String>> all = BUNDLES;
        if (all == null) {
            return "??" + key + "??";
        }
        Map<String, String> own = all.getOrDefault(locale.getLanguage(), Map.of());
        String v = own.get(key);
        if (v == null) {
            v = all.getOrDefault(fallbackTag, Map.of()).get(key);
        }
        return v != null ? v : "??" + key + "??";
    }

    static String interpolate(String template, Map<String, Object> args) {
        String out = template;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }

    public String message(String key, Map<String, Object> args) {
        return interpolate(lookup(key), args == null ? Map.of() : args);
    }

    public String message(String key) {
        return interpolate(lookup(key), null);
    }

    public String describe() {
        String tag = locale.getLanguage();
        if (isInitialized() && hasBundle(tag)) {
            return "messages[" + tag + "]";
        }
        return "messages[" + fallbackTag + " for " + tag + "]";
    }

    public static synchronized void register(String tag, String key, String value) {
        if (BUNDLES == null) {
            init();
        }
        BUNDLES.computeIfAbsent(tag, t -> new HashMap<>()).put(key, value);
    }

    public static int bundleCount() {
        Map<String, Map<String, String>> all = BUNDLES;
        return all == null ? 0 : all.size();
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC19I18nMessages.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC19I18nMessages.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC19I18nMessages german = new BC19I18nMessages(Locale.GERMAN);
        System.out.println("bundles=" + bundleCount());
        System.out.println(german.describe() + " early=" + german.lookup("greeting")
                + " early2=" + german.message("bye", null));

        expectNpe("bundle check before init", 41, () -> hasBundle("de"));

        init();
        register("fr", "bye", "Au revoir");
        BC19I18nMessages french = new BC19I18nMessages(Locale.FRENCH);
        System.out.println("bundles=" + bundleCount() + " frBye=" + french.lookup("bye"));
        System.out.println(german.describe() + " " + german.message("greeting", Map.of("name", "Ann"))
                + " | " + french.describe() + " " + french.message("greeting", Map.of("name", "Luc"))
                + " | " + french.message("missing", Map.of()));
        expectNpe("no-arg message passes null args", 59, () -> german.message("bye"));
    }
}
