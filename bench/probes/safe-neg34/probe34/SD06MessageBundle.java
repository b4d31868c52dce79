package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/** i18n message bundle: locale messages are optional and replaced by root messages when absent. */
public class SD06MessageBundle {
    private static final Map<String, String> ROOT = Map.of(
            "greeting", "Hello, %s",
            "farewell", "Goodbye",
            "items", "%d items");

    private Map<String, String> localized; // null until load(), dropped by unload()
    private String locale;

    public void load(String localeTag, Map<String, String> table) {
        if (localeTag == null || localeTag.isBlank()) {
            throw new IllegalArgumentException("locale tag required");
        }
        localized = new HashMap<>(table);
        locale = localeTag;
    }

    public String message(String key) {
        Map<String, String> table = Objects.requireNonNullElse(localized, ROOT);
        String text = table.get(key);
        if (text == null) {
            text = ROOT.get(key);
        }
        if (text == null) {
            throw new NoSuchElementException("no message for key " + key);
        }
        return text;
    }

    public String format(String key, Object arg) {
        return String.format(message(key), arg);
    }

    public int localizedCount() {
        return Objects.requireNonNullElse(localized, Map.<String, String>of()).size();
    }

    public boolean covers(String key) {
        return Objects.requireNonNullElseGet(localized, HashMap<String, String>::new).containsKey(key);
    }

    public String locale() {
        return Objects.requireNonNullElse(locale, "root");
    }

    public void unload() {
        localized = null;
        locale = null;
    }

    private static void exerciseRoot(SD06MessageBundle b) {
        check("Goodbye".equals(b.message("farewell")), "root message");
        check("Hello, Ann".equals(b.format("greeting", "Ann")), "root format");
        check(b.localizedCount() == 0, "no localized messages");
        check(!b.covers("greeting"), "covers while unloaded");
        check("root".equals(b.locale()), "root locale");
        expect(NoSuchElementException.class, () -> b.message("missing"));
        expect(IllegalArgumentException.class, () -> b.load(" ", Map.of()));
    }

    public static void main(String[] args) {
        SD06MessageBundle bundle = new SD06MessageBundle();
        exerciseRoot(bundle);
        bundle.unload();
        exerciseRoot(bundle);

        bundle.load("de-DE", Map.of("greeting", "Hallo, %s", "farewell", "Tschuess"));
        check("Tschuess".equals(bundle.message("farewell")), "localized message");
        check("Hallo, Bo".equals(bundle.format("greeting", "Bo")), "localized format");
        check("3 items".equals(bundle.format("items", 3)), "falls back to root per key");
        check(bundle.localizedCount() == 2 && bundle.covers("greeting") && !bundle.covers("items"), "coverage");
        check("de-DE".equals(bundle.locale()), "locale tag");
        expect(NoSuchElementException.class, () -> bundle.message("missing"));

        bundle.unload();
        exerciseRoot(bundle);
        bundle.unload();
        exerciseRoot(bundle);

        bundle.load("fr", Map.of("farewell", "Au revoir"));
        check("Au revoir".equals(bundle.message("farewell")) && bundle.localizedCount() == 1, "reloaded");
        check("fr".equals(bundle.locale()) && bundle.covers("farewell"), "reloaded locale");
        check("Hello, Cy".equals(bundle.format("greeting", "Cy")), "reloaded fallback");
        bundle.unload();
        exerciseRoot(bundle);
        System.out.println("SD06MessageBundle ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
