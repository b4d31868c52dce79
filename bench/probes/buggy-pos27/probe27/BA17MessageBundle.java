package probe27;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Localised message bundle with parent chaining, locale fallbacks and a MessageFormat
 * cache, comparable to ResourceBundle wrappers in i18n libraries.
 */
public class BA17MessageBundle {
    private static Map<Locale, Locale> fallbacks = defaultFallbacks();

    private final Locale locale;
    private final BA17MessageBundle parent;
    private Map<String, String> messages;
    private Map<String, MessageFormat> formatCache = new HashMap<>();

    public BA17MessageBundle(Locale locale, BA17MessageBundle parent) {
        this.locale = locale;
        this.parent = parent;
    }

    private static Map<Locale, Locale> defaultFallbacks() {
        Map<Locale, Locale> m = new HashMap<>();
        m.put(Locale.forLanguageTag("de-AT"), Locale.GERMAN);
        m.put(Locale.CANADA_FRENCH, Locale.FRENCH);
        return m;
    }

    public static synchronized Locale fallbackFor(Locale locale) {
        return fallbacks.getOrDefault(locale, Locale.ROOT);
    }

    public static synchronized void addFallback(Locale from, Locale to) {
        if (fallbacks == null) {
            fallbacks = defaultFallbacks();
        }
        fallbacks.put(from, to);
    }

    public static synchronized int fallbackCount() {
        return fallbacks == null ? 0 : fallbacks.size();
    }

    /** Drops static caches, e.g. on a hot redeploy. */
    public static synchronized void clearCaches() {
        fallbacks = null;
    }

    /** Loads "key=pattern" lines. */
    public BA17MessageBundle load(String source) {
        Map<String, String> loaded = new HashMap<>();
        for (String line : source.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                loaded.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        messages = loaded;
        return this;
    }

    public boolean containsKey(String key) {
        if (messages != null && messages.containsKey(key)) {
            return true;
        }
        return parent != null && parent.containsKey(key);
    }

    public String format(String key, Object... args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            return parent != null ? parent.format(key, args) : "!" + key + "!";
        }
        MessageFormat mf = formatCache.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        return mf.format(args);
    }

    /** Low-memory callback: drop compiled formats. */
    public void trimMemory() {
        formatCache = null;
    }

    public int cachedFormats() {
        return formatCache == null ? 0 : formatCache.size();
    }

    public static void main(String[] args) {
        BA17MessageBundle root = new BA17MessageBundle(Locale.ROOT, null).load("greeting=Hello {0}\nbye=Bye");
        BA17MessageBundle german = new BA17MessageBundle(Locale.GERMAN, root).load("greeting=Hallo {0}");
        System.out.println(german.format("greeting", "Ada") + " / " + german.format("bye") + " / " + german.format("nope"));
        System.out.println("containsKey(bye)=" + german.containsKey("bye") + " cached=" + german.cachedFormats());
        System.out.println("fallback de-AT -> " + fallbackFor(Locale.forLanguageTag("de-AT")));
        addFallback(Locale.forLanguageTag("de-CH"), Locale.GERMAN);
        BA17MessageBundle pending = new BA17MessageBundle(Locale.FRENCH, root);
        System.out.println("unloaded containsKey(bye)=" + pending.containsKey("bye"));
        german.trimMemory();
        System.out.println("after trim cached=" + german.cachedFormats() + " bye=" + german.format("bye"));
        clearCaches();
        System.out.println("fallbacks after clear=" + fallbackCount());

        expectNpe(73, () -> pending.format("greeting", "Linus"));
        expectNpe(33, () -> fallbackFor(Locale.CANADA_FRENCH));
        expectNpe(77, () -> german.format("greeting", "Grace"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA17MessageBundle.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
