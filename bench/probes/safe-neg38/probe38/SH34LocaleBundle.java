package probe38;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hot-reloadable message bundle of an i18n library.
 *
 * <p>Readers use {@code view}, which is never null: it is either the shared
 * {@link #EMPTY} sentinel or the very same object as {@code live}. Writers
 * need the mutable {@code live} map, which is null while nothing is loaded;
 * they test {@code view != EMPTY} (identity against the sentinel), which
 * holds exactly when {@code live} is non-null. Single-threaded.
 */
public final class SH34LocaleBundle {

    private static final Map<String, String> EMPTY = Collections.emptyMap();

    private final String locale;
    private Map<String, String> live;          // null while no bundle is loaded
    private Map<String, String> view = EMPTY;  // EMPTY, or the same object as live

    public SH34LocaleBundle(String locale) {
        this.locale = locale == null ? "root" : locale;
    }

    /** Loads {@code key=value} lines; '#' starts a comment. An empty bundle unloads. */
    public void load(String properties) {
        if (properties == null) {
            throw new IllegalArgumentException("properties");
        }
        Map<String, String> parsed = new HashMap<>();
        for (String line : properties.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed line: " + t);
            }
            parsed.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
        }
        if (parsed.isEmpty()) {
            unload();
            return;
        }
        live = parsed;
        view = parsed;
    }

    public void unload() {
        live = null;
        view = EMPTY;
    }

    public boolean isLoaded() {
        return view != EMPTY;
    }

    public String message(String key, Object arg) {
        String pattern = view.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return pattern.replace("{0}", String.valueOf(arg));
    }

    /** Adds or replaces a message at run time; only possible while a bundle is loaded. */
    public boolean define(String key, String pattern) {
        if (key == null || pattern == null) {
            throw new IllegalArgumentException("key and pattern are required");
        }
        if (view == EMPTY) {
            return false;
        }
        live.put(key, pattern);
        return true;
    }

    public int size() {
        return view.size();
    }

    public Set<String> keys() {
        return view == EMPTY ? Set.of() : new TreeSet<>(live.keySet());
    }

    public static void main(String[] args) {
        SH34LocaleBundle b = new SH34LocaleBundle("fr");
        // phase 1: before the map exists
        check(!b.isLoaded() && b.size() == 0 && b.keys().isEmpty(), "nothing loaded");
        check("!greet!".equals(b.message("greet", "Ada")) && !b.define("greet", "Salut {0}"), "sentinel");
        expect(IllegalArgumentException.class, () -> b.load("no equals sign"));
        check(!b.isLoaded(), "failed load kept sentinel");
        // phase 2: while it exists
        b.load("# messages\ngreet = Bonjour {0}\nbye = Au revoir");
        check("Bonjour Ada".equals(b.message("greet", "Ada")) && b.size() == 2, "loaded");
        check(b.define("thanks", "Merci {0}") && "Merci Bo".equals(b.message("thanks", "Bo")), "defined");
        check(b.keys().equals(Set.of("bye", "greet", "thanks")), "keys " + b.keys());
        // phase 3: after it is dropped (twice: unload, then an empty reload)
        b.unload();
        b.load("# nothing here");
        check(!b.isLoaded() && "!bye!".equals(b.message("bye", null)) && !b.define("bye", "x"), "unloaded");
        check(b.keys().isEmpty() && b.size() == 0, "empty view");
        // phase 4: created again
        b.load("greet=Salut {0}");
        check("Salut Cy".equals(b.message("greet", "Cy")) && b.define("bye", "Ciao"), "reloaded");
        System.out.println("SH34LocaleBundle OK " + b.locale + " " + b.keys());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
