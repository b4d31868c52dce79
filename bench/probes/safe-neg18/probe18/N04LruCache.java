package probe18;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded least-recently-used cache with hit/miss statistics and an explicit close. */
public final class N04LruCache<K, V> {
    private final int capacity;
    private LinkedHashMap<K, V> entries;
    private boolean closed;
    private long hits;
    private long misses;

    public N04LruCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > N04LruCache.this.capacity;
            }
        };
    }

    public V get(K key) {
        if (closed) {
            return null;
        }
        V value = entries.get(key);
        if (value == null) {
            misses++;
        } else {
            hits++;
        }
        return value;
    }

    public boolean put(K key, V value) {
        if (closed) {
            return false;
        }
        entries.put(key, value);
        return true;
    }

    public boolean invalidate(K key) {
        return !closed && entries.remove(key) != null;
    }

    public int size() {
        return closed ? 0 : entries.size();
    }

    public void close() {
        closed = true;
        entries = null;
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " size=" + size() + (closed ? " (closed)" : "");
    }

    public static void main(String[] args) {
        N04LruCache<String, Integer> cache = new N04LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);
        System.out.println("b evicted: " + (cache.get("b") == null) + " " + cache.stats());
        System.out.println("invalidate a: " + cache.invalidate("a"));
        cache.close();
        System.out.println("put after close: " + cache.put("d", 4));
        System.out.println("get after close: " + cache.get("c"));
        System.out.println("invalidate after close: " + cache.invalidate("c"));
        cache.close();
        System.out.println(cache.stats());
    }
}
