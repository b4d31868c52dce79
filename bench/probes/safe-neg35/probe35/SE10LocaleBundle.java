package probe35;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Message bundle for an IDE plugin's UI strings. Bundles are loaded per locale and
 * unloaded when the user switches language; null checks go through Objects.isNull/nonNull.
 */
public class SE10LocaleBundle {
    private Locale locale = Locale.ROOT;
    private Map<String, String> messages; // null while no bundle is loaded

    public void load(Locale newLocale, Map<String, String> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("empty bundle for " + newLocale);
        }
        Map<String, String> table = new HashMap<>(entries);
        locale = newLocale;
        messages = table;
    }

    public void unload() {
        messages = null;
        locale = Locale.ROOT;
    }

    public boolean isLoaded() {
        return Objects.nonNull(messages);
    }

    public String message(String key, Object... args) {
        if (Objects.isNull(messages)) {
            return "!" + key + "!";
        }
        String pattern = messages.get(key);
        if (Objects.isNull(pattern)) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public int size() {
        return Objects.isNull(messages) ? 0 : messages.size();
    }

    public String describe() {
        return Objects.nonNull(messages) ? locale.toLanguageTag() + "[" + messages.size() + "]" : "<unloaded>";
    }

    public static void main(String[] args) {
        SE10LocaleBundle bundle = new SE10LocaleBundle();
        check(!bundle.isLoaded() && bundle.size() == 0, "unloaded");
        check(bundle.message("menu.open").equals("!menu.open!"), "missing key marker");
        check(bundle.describe().equals("<unloaded>"), "describe unloaded");
        expect(IllegalArgumentException.class, () -> bundle.load(Locale.FRENCH, Map.of()));

        bundle.load(Locale.ENGLISH, Map.of("menu.open", "Open {0}", "menu.quit", "Quit"));
        check(bundle.message("menu.open", "file").equals("Open file"), "formatted");
        check(bundle.message("menu.save").equals("!menu.save!"), "missing in loaded bundle");
        check(bundle.describe().equals("en[2]"), "describe " + bundle.describe());

        for (int round = 0; round < 2; round++) {
            bundle.unload();
            check(!bundle.isLoaded() && bundle.size() == 0, "unloaded again");
            check(bundle.message("menu.quit").equals("!menu.quit!"), "marker after unload");
        }

        bundle.load(Locale.GERMAN, Map.of("menu.quit", "Beenden"));
        check(bundle.message("menu.quit").equals("Beenden") && bundle.describe().equals("de[1]"), "reloaded");
        System.out.println("SE10LocaleBundle ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
