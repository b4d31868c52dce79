package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small size-bounded LRU cache in the spirit of Guava's LocalCache / Caffeine,
 * with optional per-reason eviction statistics.
 */
public final class BC01LruCache<K, V> implements AutoCloseable {

    private static final class Node<V> {
        V value;
        long lastAccess;
        int hits;

        Node(V value, long tick) {
            this.value = value;
            this.lastAccess = tick;
        }
    }

    private final int capacity;
    private Map<K, Node<V>> entries;
    private Map<String, Integer> evictionCounts;
    private long tick;

    public BC01LruCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public BC01LruCache(int capacity, boolean recordStats) {
        this(capacity);
        if (recordStats) {
            this.evictionCounts = new HashMap<>();
        }
    }

    public V get(K key) {
        Node<V> node = entries.get(key);
        if (node == null) {
            return null;
        }
        node.hits++;
        node.lastAccess = ++tick;
        return node.value;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> loader) {
        if (entries == null) {
            throw new IllegalStateException("cache closed");
        }
        Node<V> node = entries.get(key);
        if (node != null) {
            node.lastAccess = ++tick;
            return node.value;
        }
        V loaded = loader.apply(key);
        put(key, loaded);
        return loaded;
    }

    public void put(K key, V value) {
        Map<K, Node<V>> live = entries;
        if (live == null) {
            return;
        }
        live.put(key, new Node<>(value, ++tick));
        while (live.size() > capacity) {
            K eldest = live.keySet().iterator().next();
            live.remove(eldest);
            recordEviction("size");
        }
    }

    private void recordEviction(String reason) {
        if (evictionCounts != null) {
            evictionCounts.merge(reason, 1, Integer::sum);
        }
    }

    public int evictionCount(String reason) {
        Map<String, Integer> stats = evictionCounts;
        return stats == null ? 0 : stats.getOrDefault(reason, 0);
    }

    public int distinctEvictionReasons() {
        return evictionCounts.size();
    }

    public List<K> hottestKeys(int minHits) {
        List<K> out = new ArrayList<>();
        for (Map.Entry<K, Node<V>> e : entries.entrySet()) {
            if (e.getValue().hits >= minHits) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public int size() {
        return entries == null ? 0 : entries.size();
    }

    @Override
    public void close() {
        entries = null;
        evictionCounts = null;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC01LruCache.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC01LruCache.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC01LruCache<String, Integer> stats = new BC01LruCache<>(2, true);
        stats.put("a", 1);
        stats.put("b", 2);
        stats.get("a");
        stats.put("c", 3);
        System.out.println("size=" + stats.size() + " evicted=" + stats.evictionCount("size")
                + " reasons=" + stats.distinctEvictionReasons() + " hot=" + stats.hottestKeys(1));
        BC01LruCache<String, Integer> plain = new BC01LruCache<>(4);
        plain.computeIfAbsent("x", String::length);
        plain.put("y", 7);
        System.out.println("plain evictions=" + plain.evictionCount("size") + " x=" + plain.get("x"));
        plain.close();
        plain.put("z", 1);
        System.out.println("closed size=" + plain.size());

        expectNpe("reasons without stats", 93, () -> new BC01LruCache<String, Integer>(3).distinctEvictionReasons());
        BC01LruCache<String, Integer> closed = new BC01LruCache<>(3, true);
        closed.put("k", 1);
        closed.close();
        expectNpe("get after close", 45, () -> closed.get("k"));
        expectNpe("hottest after close", 98, () -> closed.hottestKeys(0));
    }
}
