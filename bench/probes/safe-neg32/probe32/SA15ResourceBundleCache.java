package probe32;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Message-bundle cache for an i18n layer (like Spring's ReloadableResourceBundleMessageSource).
 * The per-locale cache is published through a local variable: read the field, create and
 * publish if absent, then work only with the local. flush() drops the cache for hot reload.
 */
public class SA15ResourceBundleCache {

    private Map<Locale, Map<String, String>> bundles; // null before first lookup and after flush()
    private int loads;

    private Map<String, String> load(Locale locale) {
        loads++;
        Map<String, String> messages = new HashMap<>();
        if (locale.getLanguage().equals("de")) {
            messages.put("greeting", "Hallo {0}");
            messages.put("bye", "Tsch\u00fcss");
        } else {
            messages.put("greeting", "Hello {0}");
            messages.put("bye", "Bye");
        }
        return messages;
    }

    private Map<String, String> bundle(Locale locale) {
        Map<Locale, Map<String, String>> cache = bundles;
        if (cache == null) {
            cache = new HashMap<>();
            bundles = cache;
        }
        return cache.computeIfAbsent(locale, this::load);
    }

    public String message(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).get(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        String result = pattern;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }

    public Set<String> cachedLocales() {
        Map<Locale, Map<String, String>> cache = bundles;
        Set<String> out = new TreeSet<>();
        if (cache != null) {
            cache.keySet().forEach(l -> out.add(l.toLanguageTag()));
        }
        return out;
    }

    public void flush() {
        bundles = null;
    }

    public int loads() {
        return loads;
    }

    public static void main(String[] args) {
        SA15ResourceBundleCache messages = new SA15ResourceBundleCache();
        System.out.println("cached before: " + messages.cachedLocales());
        messages.flush();
        System.out.println(messages.message(Locale.ENGLISH, "greeting", "Ada"));
        System.out.println(messages.message(Locale.GERMAN, "greeting", "Ada"));
        System.out.println(messages.message(Locale.GERMAN, "bye"));
        System.out.println(messages.message(Locale.GERMAN, "missing"));
        System.out.println("cached: " + messages.cachedLocales() + " loads=" + messages.loads());
        messages.flush();
        messages.flush();
        System.out.println("flushed: " + messages.cachedLocales());
        System.out.println(messages.message(Locale.ENGLISH, "bye") + " loads=" + messages.loads());
    }
}
