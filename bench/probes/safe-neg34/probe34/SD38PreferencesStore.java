package probe34;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Android-SharedPreferences-like store; inner Editor objects exist only after the map has been created. */
public class SD38PreferencesStore {
    private Map<String, String> prefs; // created by the first edit(), dropped by reset()
    private int openEditors;           // reset() refuses while any editor is still open

    public final class Editor {
        private final Map<String, String> staged = new LinkedHashMap<>();
        private boolean finished;

        private Editor() { } // only edit() creates editors, and it creates prefs first

        private void ensureActive() {
            if (finished) {
                throw new IllegalStateException("editor already committed or aborted");
            }
        }

        public Editor put(String key, String value) {
            ensureActive();
            if (value == null) {
                throw new IllegalArgumentException("use remove() to delete " + key);
            }
            staged.put(key, value);
            return this;
        }

        public Editor remove(String key) {
            ensureActive();
            staged.put(key, null);
            return this;
        }

        public String peek(String key) {
            ensureActive();
            return staged.containsKey(key) ? staged.get(key) : prefs.get(key);
        }

        public int commit() {
            ensureActive();
            for (Map.Entry<String, String> e : staged.entrySet()) {
                if (e.getValue() == null) {
                    prefs.remove(e.getKey());
                } else {
                    prefs.put(e.getKey(), e.getValue());
                }
            }
            finished = true;
            openEditors--;
            return staged.size();
        }

        public void abort() {
            ensureActive();
            finished = true;
            openEditors--;
        }
    }

    public Editor edit() {
        if (prefs == null) {
            prefs = new TreeMap<>();
        }
        openEditors++;
        return new Editor();
    }

    public String get(String key) {
        return prefs == null ? null : prefs.get(key);
    }

    public int size() {
        return prefs == null ? 0 : prefs.size();
    }

    public int openEditors() {
        return openEditors;
    }

    public void reset() {
        if (openEditors > 0) {
            throw new IllegalStateException(openEditors + " editor(s) still open");
        }
        prefs = null;
    }

    private static void exerciseEmpty(SD38PreferencesStore s, Editor stale) {
        check(s.get("theme") == null && s.size() == 0 && s.openEditors() == 0, "empty store");
        if (stale != null) {
            expect(IllegalStateException.class, () -> stale.put("theme", "dark"));
            expect(IllegalStateException.class, () -> stale.remove("theme"));
            expect(IllegalStateException.class, () -> stale.peek("theme"));
            expect(IllegalStateException.class, stale::commit);
            expect(IllegalStateException.class, stale::abort);
        }
        s.reset();
    }

    public static void main(String[] args) {
        SD38PreferencesStore store = new SD38PreferencesStore();
        exerciseEmpty(store, null);

        Editor e1 = store.edit();
        check(e1.peek("theme") == null, "peek on a fresh map");
        e1.put("theme", "dark").put("font", "mono");
        check("dark".equals(e1.peek("theme")) && store.get("theme") == null, "staged only");
        expect(IllegalArgumentException.class, () -> e1.put("x", null));
        expect(IllegalStateException.class, store::reset);
        check(e1.commit() == 2 && "dark".equals(store.get("theme")) && store.size() == 2, "committed");
        Editor e2 = store.edit();
        Editor e3 = store.edit();
        e2.remove("font");
        check(e2.peek("font") == null && "mono".equals(e3.peek("font")), "independent editors");
        e2.commit();
        e3.abort();
        check(store.size() == 1 && store.openEditors() == 0, "after commit/abort");

        store.reset();
        exerciseEmpty(store, e3);
        store.reset();
        exerciseEmpty(store, e2);

        Editor e4 = store.edit();
        check(e4.peek("theme") == null, "recreated map has no stale data");
        check(store.openEditors() == 1 && store.size() == 0, "editor open on recreated map");
        check(e4.put("lang", "de").remove("theme").commit() == 2 && "de".equals(store.get("lang")), "recreated");
        Editor e5 = store.edit();
        e5.put("lang", "fr");
        e5.abort();
        check("de".equals(store.get("lang")) && store.size() == 1, "aborted edit");
        store.reset();
        exerciseEmpty(store, e5);
        System.out.println("SD38PreferencesStore ok");
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
