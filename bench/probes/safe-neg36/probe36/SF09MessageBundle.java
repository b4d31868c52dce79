package probe36;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Message bundle for one locale, loaded from properties text (i18n library style).
 * When nothing is loaded every accessor falls back to an immutable empty map via Objects.requireNonNullElse.
 */
public final class SF09MessageBundle {
    private final String baseName;
    private HashMap<String, String> messages; // null until load(), null again after unload()
    private String locale = "none";

    public SF09MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    public void load(String locale, String propertiesText) {
        HashMap<String, String> parsed = new HashMap<>();
        for (String line : propertiesText.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(baseName + "_" + locale + ": malformed line '" + trimmed + "'");
            }
            parsed.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
        }
        messages = parsed;
        this.locale = locale;
    }

    public void unload() {
        messages = null;
        locale = "none";
    }

    public String message(String key, Object... arguments) {
        String pattern = Objects.requireNonNullElse(messages, Map.<String, String>of()).get(key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return MessageFormat.format(pattern, arguments);
    }

    public Set<String> keys() {
        return new TreeSet<>(Objects.requireNonNullElse(messages, Map.<String, String>of()).keySet());
    }

    /** Patches one message at run time; an unloaded bundle is read-only, so this throws UnsupportedOperationException. */
    public void patch(String key, String value) {
        Objects.requireNonNullElse(messages, Map.<String, String>of()).put(key, value);
    }

    public String locale() {
        return locale;
    }

    public static void main(String[] args) {
        SF09MessageBundle bundle = new SF09MessageBundle("app");
        String english = "# greetings\ngreeting = Hello, {0}!\nfarewell=Bye\n";
        // Phase 1: nothing loaded.
        check(bundle.message("greeting", "Ann").equals("???greeting???"), "missing key marker");
        check(bundle.keys().isEmpty(), "no keys before load");
        check(bundle.locale().equals("none"), "no locale");
        expect(UnsupportedOperationException.class, () -> bundle.patch("greeting", "Hi"));
        expect(IllegalArgumentException.class, () -> bundle.load("en", "broken line"));
        // Phase 2: loaded.
        bundle.load("en", english);
        check(bundle.message("greeting", "Ann").equals("Hello, Ann!"), "formatted");
        check(bundle.keys().equals(Set.of("farewell", "greeting")), "keys");
        bundle.patch("farewell", "Goodbye");
        check(bundle.message("farewell").equals("Goodbye"), "patched");
        check(bundle.message("nope").equals("???nope???"), "unknown key while loaded");
        // Phase 3: unloaded, twice.
        for (int round = 0; round < 2; round++) {
            bundle.unload();
            check(bundle.message("farewell").equals("???farewell???"), "marker after unload");
            check(bundle.keys().isEmpty(), "no keys after unload");
            expect(UnsupportedOperationException.class, () -> bundle.patch("farewell", "Ciao"));
        }
        // Phase 4: loaded again with another locale.
        bundle.load("de", "greeting=Hallo, {0}!");
        check(bundle.message("greeting", "Jo").equals("Hallo, Jo!"), "german greeting");
        check(bundle.keys().size() == 1 && bundle.locale().equals("de"), "german keys");
        check(bundle.message("farewell").equals("???farewell???"), "old patch did not survive");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
