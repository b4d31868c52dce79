package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** A loading cache that listens for invalidations on a message bus. */
public class BD13CacheLoader {

    /** A bus that retains messages and replays them to late subscribers. */
    static final class InvalidationBus {
        private final List<String> retained = new ArrayList<>();
        private final List<Consumer<String>> subscribers = new ArrayList<>();

        void publish(String key) {
            retained.add(key);
            for (Consumer<String> s : subscribers) {
                s.accept(key);
            }
        }

        void subscribe(Consumer<String> subscriber) {
            subscribers.add(subscriber);
            for (String key : retained) {
                subscriber.accept(key);
            }
        }
    }

    private final Function<String, String> loader;
    private final List<String> log = new ArrayList<>();
    private final ConcurrentMap<String, String> entries;
    private Map<String, Long> loadTimes;

    BD13CacheLoader(Function<String, String> loader, InvalidationBus bus) {
        this.loader = loader;
        bus.subscribe(this::onInvalidate);
        this.entries = new ConcurrentHashMap<>();
    }

    void onInvalidate(String key) {
        entries.remove(key);
        log.add("invalidated " + key);
    }

    void preload(List<String> keys) {
        Map<String, Long> times = new HashMap<>();
        for (String key : keys) {
            long start = System.nanoTime();
            entries.put(key, loader.apply(key));
            times.put(key, System.nanoTime() - start);
        }
        loadTimes = times;
    }

    boolean tryPreload(List<String> keys) {
        try {
            preload(keys);
            return true;
        } catch (RuntimeException e) {
            log.add("preload failed: " + e.getMessage());
            return false;
        }
    }

    String get(String key) {
        String value = entries.get(key);
        if (value == null) {
            long start = System.nanoTime();
            value = loader.apply(key);
            entries.put(key, value);
            loadTimes.put(key, System.nanoTime() - start);
        }
        return value;
    }

    int loadedCount() {
        Map<String, Long> snapshot = loadTimes;
        return snapshot == null ? 0 : snapshot.size();
    }

    int size() {
        return entries.size();
    }

    public static void main(String[] args) {
        Function<String, String> loader = key -> {
            if (key.startsWith("bad")) {
                throw new IllegalStateException("backend rejected " + key);
            }
            return key.toUpperCase(Locale.ROOT);
        };
        InvalidationBus quietBus = new InvalidationBus();
        BD13CacheLoader cache = new BD13CacheLoader(loader, quietBus);
        cache.preload(List.of("alpha", "beta"));
        System.out.println(cache.get("alpha") + " " + cache.get("gamma") + " loaded=" + cache.loadedCount());
        quietBus.publish("alpha");
        System.out.println("after invalidation size=" + cache.size() + " " + cache.log);
        BD13CacheLoader partial = new BD13CacheLoader(loader, new InvalidationBus());
        boolean ok = partial.tryPreload(List.of("one", "bad-two"));
        System.out.println("partial preload ok=" + ok + " loaded=" + partial.loadedCount()
                + " cached one=" + partial.get("one") + " " + partial.log);

        try {
            System.out.println(partial.get("three"));
            noNpe("cache miss after a failed preload");
        } catch (NullPointerException e) {
            expect(e, 78);
        }
        try {
            InvalidationBus busy = new InvalidationBus();
            busy.publish("stale-key");
            BD13CacheLoader late = new BD13CacheLoader(loader, busy);
            System.out.println("late subscriber size " + late.size());
            noNpe("subscribing to a bus with retained invalidations");
        } catch (NullPointerException e) {
            expect(e, 48);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD13CacheLoader.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
