package probe30;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Region-partitioned loading cache with async warm-up and a negative cache for missing keys. */
public final class BE16CacheLoader {

    private static final String FILE = "BE16CacheLoader.java";

    private final Map<String, Map<String, String>> regions = new HashMap<>();
    private final Function<String, String> source;
    private final ExecutorService pool;
    private Map<String, String> current;
    private volatile Map<String, Long> loadTimes;
    private Map<String, Boolean> negative = new HashMap<>();

    BE16CacheLoader(Function<String, String> source, ExecutorService pool) {
        this.source = source;
        this.pool = pool;
        regions.put("default", new HashMap<>());
        this.current = regions.get("default");
    }

    void createRegion(String name) {
        regions.putIfAbsent(name, new HashMap<>());
    }

    void useRegion(String name) {
        this.current = regions.get(name);
    }

    void put(String key, String value) {
        current.put(key, value);
    }

    String get(String key) {
        Map<String, String> region = current;
        if (region == null) {
            return null;
        }
        return region.computeIfAbsent(key, this::load);
    }

    private String load(String key) {
        if (negative != null && negative.containsKey(key)) {
            return null;
        }
        try {
            return source.apply(key);
        } catch (IllegalStateException e) {
            negative = null;
            return null;
        }
    }

    void markMissing(String key) {
        negative.put(key, Boolean.TRUE);
    }

    void warm(List<String> keys) throws InterruptedException, ExecutionException {
        Future<Integer> job = pool.submit(() -> {
            int n = 0;
            for (String k : keys) {
                if (get(k) != null) {
                    loadTimes.put(k, System.nanoTime());
                    n++;
                }
            }
            return n;
        });
        System.out.println("warmed " + job.get() + " keys");
        if (loadTimes == null) {
            loadTimes = new ConcurrentHashMap<>();
        }
    }

    int timedKeys() {
        Map<String, Long> snapshot = loadTimes;
        return snapshot == null ? 0 : snapshot.size();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Function<String, String> backend = k -> {
                if (k.startsWith("bad")) {
                    throw new IllegalStateException("backend corrupt for " + k);
                }
                return k.startsWith("x") ? null : k.toUpperCase();
            };
            BE16CacheLoader cache = new BE16CacheLoader(backend, pool);
            cache.put("a", "A!");
            cache.markMissing("ghost");
            cache.warm(List.of());
            cache.warm(List.of("b", "xmiss"));
            cache.createRegion("eu");
            cache.useRegion("eu");
            cache.put("c", "C!");
            System.out.println(cache.get("c") + " " + cache.get("d") + " timed=" + cache.timedKeys());
            cache.useRegion("us");
            System.out.println("us get=" + cache.get("a"));

            try {
                cache.put("e", "E!");
                miss(41);
            } catch (NullPointerException e) {
                expect(e, 41);
            }
            try {
                cache.useRegion("default");
                System.out.println("bad=" + cache.get("bad-key"));
                cache.markMissing("ghost2");
                miss(65);
            } catch (NullPointerException e) {
                expect(e, 65);
            }
            try {
                new BE16CacheLoader(backend, pool).warm(List.of("k1", "k2"));
                miss(73);
            } catch (ExecutionException e) {
                expect(e.getCause(), 73);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void expect(Throwable t, int line) {
        if (!(t instanceof NullPointerException)) {
            System.out.println("NOT NPE " + t);
            return;
        }
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
