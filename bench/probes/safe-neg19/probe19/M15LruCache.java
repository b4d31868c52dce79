package probe19;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Size-bounded least-recently-used cache with hit/miss accounting. */
public class M15LruCache<K, V> {
    private final int maxEntries;
    private LinkedHashMap<K, V> entries;
    private long hits;
    private long misses;

    public M15LruCache(int maxEntries) {
        this.maxEntries = Math.max(1, maxEntries);
    }

    private LinkedHashMap<K, V> entries() {
        if (entries == null) {
            entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > maxEntries;
                }
            };
        }
        return entries;
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        V value = entries().get(key);
        if (value != null) {
            hits++;
            return value;
        }
        misses++;
        value = loader.apply(key);
        if (value != null) {
            entries().put(key, value);
        }
        return value;
    }

    public boolean evict(K key) {
        return entries != null && entries.remove(key) != null;
    }

    public void invalidateAll() {
        entries = null;
    }

    public int size() {
        return entries == null ? 0 : entries.size();
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " keys=" + (entries == null ? "[]" : entries.keySet().toString());
    }

    public static void main(String[] args) {
        M15LruCache<Integer, String> cache = new M15LruCache<>(2);
        System.out.println(cache.size() + " " + cache.evict(1) + " " + cache.stats());
        cache.get(1, k -> "one");
        cache.get(2, k -> "two");
        cache.get(1, k -> "uno");
        cache.get(3, k -> "three");
        System.out.println(cache.stats());
        cache.get(4, k -> null);
        cache.invalidateAll();
        cache.invalidateAll();
        System.out.println(cache.size() + " " + cache.evict(3) + " " + cache.get(3, k -> "three again") + " " + cache.stats());
        System.out.println(cache.evict(3) + " " + cache.size());
    }
}
