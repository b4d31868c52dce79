package probe27;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A named cache region with an optional LRU bound and hit/miss statistics,
 * modelled on the region abstraction of second-level ORM caches.
 */
public class BA01CacheRegion<K, V> {
    private final String name;
    private final int maxEntries;
    private Map<K, V> entries;
    private Map<String, Long> stats = new HashMap<>();

    public BA01CacheRegion(String name, int maxEntries) {
        this.name = name;
        this.maxEntries = maxEntries;
        this.entries = newLru(maxEntries);
    }

    /** Convenience overload for an unbounded region. */
    public BA01CacheRegion(String name) {
        this.name = name;
        this.maxEntries = Integer.MAX_VALUE;
    }

    private static <A, B> Map<A, B> newLru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<A, B> eldest) {
                return size() > max;
            }
        };
    }

    public String name() {
        return name;
    }

    public V get(K key) {
        V value = entries != null ? entries.get(key) : null;
        record(value == null ? "miss" : "hit");
        return value;
    }

    public V getOrLoad(K key, Function<? super K, ? extends V> loader) {
        if (entries == null) {
            return loader.apply(key);
        }
        V value = entries.computeIfAbsent(key, loader);
        record("load");
        return value;
    }

    public void put(K key, V value) {
        entries.put(key, value);
        record("put");
    }

    public int size() {
        return entries == null ? 0 : entries.size();
    }

    public void invalidate(K key) {
        if (entries != null) {
            entries.remove(key);
        }
    }

    private void record(String event) {
        stats.merge(event, 1L, Long::sum);
    }

    public double hitRatio() {
        long hits = stats.getOrDefault("hit", 0L);
        long misses = stats.getOrDefault("miss", 0L);
        return hits + misses == 0 ? 0.0 : (double) hits / (hits + misses);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> current = stats;
        return current == null ? Map.of() : Map.copyOf(current);
    }

    public void close() {
        entries = null;
        stats = null;
    }

    public static void main(String[] args) {
        BA01CacheRegion<String, Integer> bounded = new BA01CacheRegion<>("users", 2);
        bounded.put("a", 1);
        bounded.put("b", 2);
        bounded.put("c", 3);
        bounded.getOrLoad("dd", String::length);
        bounded.get("a");
        bounded.get("c");
        System.out.println(bounded.name() + " size=" + bounded.size() + " ratio=" + bounded.hitRatio());
        BA01CacheRegion<String, Integer> unbounded = new BA01CacheRegion<>("sessions");
        unbounded.get("x");
        System.out.println("loaded " + unbounded.getOrLoad("yyy", String::length));
        unbounded.invalidate("yyy");
        System.out.println(unbounded.name() + " size=" + unbounded.size() + " stats=" + unbounded.snapshot());
        bounded.close();
        bounded.invalidate("a");
        System.out.println("closed size=" + bounded.size() + " snapshot=" + bounded.snapshot());

        expectNpe(61, () -> new BA01CacheRegion<String, Integer>("tokens").put("t", 1));
        expectNpe(76, () -> bounded.get("a"));
        expectNpe(80, () -> bounded.hitRatio());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA01CacheRegion.java";
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
