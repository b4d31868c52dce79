package probe39;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Localised message bundle of an i18n library. Which bundle is loaded is described by a
 * {@code Source} record; the sentinel {@code NOT_LOADED} stands for "nothing loaded", and the
 * message map is non-null exactly when {@code source != NOT_LOADED}. Only {@code load} and
 * {@code unload} write the pair, and readers compare the source with the sentinel.
 *
 * <p>This class is single-threaded: bundles are swapped on the UI thread.
 */
public final class SI28MessageBundle {
    private record Source(String locale, int revision) {
    }

    private static final Source NOT_LOADED = new Source("", 0);

    private Source source = NOT_LOADED;
    private HashMap<String, String> messages; // non-null iff source != NOT_LOADED
    private int revisions;

    public void load(String locale, List<String> properties) {
        if (locale == null || !locale.matches("[a-z]{2}(_[A-Z]{2})?") || properties == null) {
            throw new IllegalArgumentException("locale like en_US and properties are required");
        }
        HashMap<String, String> parsed = new HashMap<>();
        for (String line : properties) {
            if (line == null) {
                throw new IllegalArgumentException("null line");
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value: " + text);
            }
            parsed.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
        }
        messages = parsed;
        source = new Source(locale, ++revisions);
    }

    public void unload() {
        source = NOT_LOADED;
        messages = null;
    }

    public Optional<String> locale() {
        return source == NOT_LOADED ? Optional.empty() : Optional.of(source.locale());
    }

    public int revision() {
        return source.revision();
    }

    public String format(String key, Object... args) {
        if (key == null || args == null) {
            throw new IllegalArgumentException("key and args are required");
        }
        if (source == NOT_LOADED) {
            return "??" + key + "??";
        }
        String pattern = messages.get(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        String out = pattern;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    public boolean contains(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null");
        }
        return source != NOT_LOADED && messages.containsKey(key);
    }

    /** Keys present in the reference bundle but missing here (for translators). */
    public Set<String> missingFrom(SI28MessageBundle reference) {
        if (reference == null) {
            throw new IllegalArgumentException("reference is null");
        }
        Set<String> missing = new TreeSet<>();
        if (reference.source == NOT_LOADED) {
            return missing;
        }
        missing.addAll(reference.messages.keySet());
        if (source != NOT_LOADED) {
            missing.removeAll(messages.keySet());
        }
        return missing;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI28MessageBundle en = new SI28MessageBundle();
        SI28MessageBundle de = new SI28MessageBundle();
        check(en.locale().isEmpty() && en.revision() == 0, "nothing loaded");
        check(en.format("greet", "Ann").equals("??greet??") && !en.contains("greet"), "unloaded lookups");
        check(en.missingFrom(de).isEmpty(), "both empty");
        expect(IllegalArgumentException.class, () -> en.load("english", List.of()));
        expect(IllegalArgumentException.class, () -> en.load("en", List.of("novalue")));
        expect(IllegalArgumentException.class, () -> en.format("k", (Object[]) null));
        expect(IllegalArgumentException.class, () -> en.missingFrom(null));
        en.unload();

        en.load("en_US", List.of("# greetings", "greet = Hello, {0}!", "bye=Bye {0} and {1}", ""));
        check(en.locale().orElse("").equals("en_US") && en.revision() == 1, "loaded");
        check(en.format("greet", "Ann").equals("Hello, Ann!") && en.format("bye", "A", null).equals("Bye A and null"),
                "formatted");
        check(en.format("missing").equals("??missing??") && en.contains("bye"), "lookups");
        check(de.missingFrom(en).equals(Set.of("bye", "greet")) && en.missingFrom(de).isEmpty(), "missing keys");
        de.load("de", List.of("greet=Hallo, {0}!"));
        check(de.missingFrom(en).equals(Set.of("bye")), "translator report");

        en.unload();
        en.unload();
        check(en.locale().isEmpty() && en.format("greet", "x").equals("??greet??") && !en.contains("greet"), "unloaded");
        check(en.missingFrom(de).equals(Set.of("greet")), "unloaded bundle misses everything");

        en.load("fr", List.of("greet=Salut {0}"));
        check(en.revision() == 2 && en.format("greet", "Ann").equals("Salut Ann"), "reloaded");
        System.out.println("OK SI28MessageBundle");
    }
}
