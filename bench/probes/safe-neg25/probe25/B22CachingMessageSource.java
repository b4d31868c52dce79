package probe25;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Spring ResourceBundleMessageSource style message lookup with a per-locale
 * cache. Thread-safe: the cache is guarded by {@code this}; clearCache() drops it.
 */
public class B22CachingMessageSource {
    private final Function<Locale, Map<String, String>> bundleLoader;
    private final Locale fallbackLocale;
    private Map<Locale, Map<String, String>> cachedMessages; // guarded by this; null until first use
    private long loads;

    public B22CachingMessageSource(Function<Locale, Map<String, String>> bundleLoader, Locale fallbackLocale) {
        this.bundleLoader = bundleLoader;
        this.fallbackLocale = fallbackLocale;
    }

    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        String pattern = resolveCode(code, locale);
        if (pattern == null && !locale.equals(fallbackLocale)) {
            pattern = resolveCode(code, fallbackLocale);
        }
        if (pattern == null) {
            return defaultMessage;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private synchronized String resolveCode(String code, Locale locale) {
        return messagesFor(locale).get(code);
    }

    /** Caller holds the lock. The loader runs before the cache is touched, so it may even call clearCache(). */
    private Map<String, String> messagesFor(Locale locale) {
        if (cachedMessages != null) {
            Map<String, String> cached = cachedMessages.get(locale);
            if (cached != null) {
                return cached;
            }
        }
        Map<String, String> loaded = bundleLoader.apply(locale);
        Map<String, String> messages = loaded == null ? Map.of() : Map.copyOf(loaded);
        loads++;
        if (cachedMessages == null) {
            cachedMessages = new HashMap<>();
        }
        cachedMessages.put(locale, messages);
        return messages;
    }

    public synchronized boolean isCached(Locale locale) {
        return cachedMessages != null && cachedMessages.containsKey(locale);
    }

    public synchronized Set<String> cachedLocales() {
        Set<String> tags = new TreeSet<>();
        if (cachedMessages != null) {
            cachedMessages.keySet().forEach(l -> tags.add(l.toLanguageTag()));
        }
        return tags;
    }

    public synchronized void clearCache() {
        cachedMessages = null;
    }

    public synchronized long loads() {
        return loads;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<Locale, Map<String, String>> bundles = new HashMap<>();
        bundles.put(Locale.ENGLISH, Map.of("greeting", "Hello {0}", "bye", "Goodbye"));
        bundles.put(Locale.GERMAN, Map.of("greeting", "Hallo {0}"));
        B22CachingMessageSource[] holder = new B22CachingMessageSource[1];
        B22CachingMessageSource source = new B22CachingMessageSource(locale -> {
            if (locale.equals(Locale.JAPANESE)) {
                holder[0].clearCache(); // reentrant call from a loader
            }
            return bundles.get(locale);
        }, Locale.ENGLISH);
        holder[0] = source;
        System.out.println(source.isCached(Locale.GERMAN) + " " + source.cachedLocales());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            int n = i;
            pool.execute(() -> {
                if (n % 10 == 0) {
                    source.clearCache();
                }
                source.getMessage("greeting", new Object[] {"u" + n}, "?", n % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH);
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(source.getMessage("greeting", new Object[] {"Ann"}, "?", Locale.GERMAN) + " / "
                + source.getMessage("bye", null, "?", Locale.GERMAN) + " / "
                + source.getMessage("missing", null, "default", Locale.FRENCH) + " / "
                + source.getMessage("bye", new Object[0], "?", Locale.JAPANESE));
        System.out.println(source.cachedLocales() + " " + source.isCached(Locale.JAPANESE) + " " + (source.loads() > 0));
        source.clearCache();
        System.out.println(source.cachedLocales() + " " + source.isCached(Locale.ENGLISH));
    }
}
