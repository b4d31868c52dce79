package probe31;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * Read-through LRU cache placed in front of a slow loader (e.g. a pricing service).
 * Storage is only allocated on first use and is dropped entirely by invalidateAll().
 */
public final class I01LruCacheLayer {
    private final int capacity;
    private final Function<String, String> loader;
    private LinkedHashMap<String, String> entries; // null until the first get(), and after invalidateAll()
    private int hits;
    private int misses;

    public I01LruCacheLayer(int capacity, Function<String, String> loader) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.loader = loader;
    }

    private LinkedHashMap<String, String> entries() {
        if (entries == null) {
            entries = new LinkedHashMap<>(16, 0.75f, true);
        }
        return entries;
    }

    public String get(String key) {
        LinkedHashMap<String, String> map = entries();
        String cached = map.get(key);
        if (cached != null) {
            hits++;
            return cached;
        }
        misses++;
        String loaded = loader.apply(key);
        map.put(key, loaded);
        if (map.size() > capacity) {
            Iterator<String> eldest = map.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return loaded;
    }

    public boolean contains(String key) {
        return entries != null && entries.containsKey(key);
    }

    public int size() {
        return entries == null ? 0 : entries.size();
    }

    public void invalidate(String key) {
        if (entries != null) {
            entries.remove(key);
            if (entries.isEmpty()) {
                entries = null;
            }
        }
    }

    public void invalidateAll() {
        entries = null;
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " size=" + size();
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    public static void main(String[] args) {
        I01LruCacheLayer cache = new I01LruCacheLayer(2, sku -> "price-of-" + sku);
        // null phase: nothing allocated yet
        expect(!cache.contains("a"), "empty cache contains nothing");
        expect(cache.size() == 0, "empty size");
        cache.invalidate("a");
        cache.invalidateAll();
        expect(cache.stats().equals("hits=0 misses=0 size=0"), cache.stats());

        expect(cache.get("a").equals("price-of-a"), "load a");
        expect(cache.get("a").equals("price-of-a"), "hit a");
        cache.get("b");
        cache.get("a");
        cache.get("c"); // evicts b (least recently used)
        expect(cache.contains("a") && cache.contains("c") && !cache.contains("b"), "LRU eviction");
        cache.invalidate("a");
        cache.invalidate("c"); // map becomes empty and is released
        expect(cache.size() == 0, "released");
        cache.invalidate("zzz");
        cache.invalidateAll();
        cache.invalidateAll();
        expect(cache.get("d").equals("price-of-d"), "reload after invalidateAll");
        try {
            new I01LruCacheLayer(0, Function.identity());
            throw new AssertionError("capacity 0 accepted");
        } catch (IllegalArgumentException expected) {
            // rejected as designed
        }
        System.out.println("I01 " + cache.stats());
    }
}
