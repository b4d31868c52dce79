package probe23b;

import java.util.Hashtable;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;

/** i18n library; a static bundle cache and a per-bundle memo map are both dropped by clean-up methods. */
public class G20MessageBundle {
    private static final String FILE = "G20MessageBundle.java";
    private static final int L1 = 42;
    private static final int L2 = 61;

    private static Hashtable<String, Bundle> cache = new Hashtable<>();

    static class Bundle {
        protected final Map<String, String> messages;
        protected WeakHashMap<Object, String> memo = new WeakHashMap<>();

        Bundle(Map<String, String> messages) {
            this.messages = messages;
        }

        String format(String key, Object arg) {
            String pattern = messages.getOrDefault(key, key);
            return memo == null ? pattern.replace("{0}", String.valueOf(arg)) : memo.computeIfAbsent(arg, a -> pattern.replace("{0}", String.valueOf(a)));
        }

        void release() {
            memo = null;
        }
    }

    static class AuditingBundle extends Bundle {
        AuditingBundle(Map<String, String> messages) {
            super(messages);
        }

        @Override
        String format(String key, Object arg) {
            String out = messages.getOrDefault(key, key).replace("{0}", String.valueOf(arg));
            memo.put(arg, out); // BUG
            return out;
        }
    }

    static Bundle getBundle(String locale) {
        if (cache == null) {
            cache = new Hashtable<>();
        }
        return cache.computeIfAbsent(locale, l -> l.startsWith("de")
                ? new Bundle(Map.of("hello", "Hallo {0}"))
                : new AuditingBundle(Map.of("hello", "Hello {0}")));
    }

    static void clearCache() {
        cache = null;
    }

    static TreeSet<String> cachedLocales() {
        return new TreeSet<>(cache.keySet()); // BUG
    }

    static TreeSet<String> cachedLocalesSafely() {
        Hashtable<String, Bundle> c = cache;
        return c == null ? new TreeSet<>() : new TreeSet<>(c.keySet());
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        Bundle de = getBundle("de_DE");
        assert "Hallo Ann".equals(de.format("hello", "Ann"));
        de.release();
        assert "Hallo Bob".equals(de.format("hello", "Bob"));
        Bundle en = getBundle("en_US");
        assert "Hello Ann".equals(en.format("hello", "Ann"));
        assert cachedLocales().size() == 2;
        clearCache();
        assert cachedLocalesSafely().isEmpty();
        assert getBundle("en_US") != en;
        assert cachedLocales().size() == 1;

        try {
            Bundle b = getBundle("fr_FR");
            b.format("hello", "Zoe");
            b.release();
            b.format("hello", "Max");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            getBundle("it_IT");
            clearCache();
            cachedLocales();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
