package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small LRU cache (Guava/commons-collections flavour) with optional statistics, clone() and value equality. */
public final class F08LruCache<K, V> implements Cloneable {
    private final int capacity;
    private LinkedHashMap<K, V> entries; // allocated on first put(); null again after clear()
    private Map<String, Long> stats;     // only after recordStats()

    public F08LruCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.capacity = capacity;
    }

    public F08LruCache<K, V> recordStats() {
        if (stats == null) stats = new HashMap<>();
        return this;
    }

    public V get(K key) {
        V v = entries == null ? null : entries.get(key);
        if (stats != null) stats.merge(v != null ? "hits" : "misses", 1L, Long::sum);
        return v;
    }

    public void put(K key, V value) {
        if (entries == null) entries = new LinkedHashMap<>(16, 0.75f, true);
        entries.put(key, value);
        if (entries.size() > capacity) {
            K eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
            if (stats != null) stats.merge("evictions", 1L, Long::sum);
        }
    }

    public int size() { return entries == null ? 0 : entries.size(); }

    public long stat(String name) { return stats == null ? 0L : stats.getOrDefault(name, 0L); }

    public List<K> keysEldestFirst() { return entries == null ? List.of() : new ArrayList<>(entries.keySet()); }

    public void clear() {
        entries = null;
        if (stats != null) stats.clear();
    }

    @Override public F08LruCache<K, V> clone() {
        try {
            @SuppressWarnings("unchecked")
            F08LruCache<K, V> copy = (F08LruCache<K, V>) super.clone();
            if (entries != null) {
                LinkedHashMap<K, V> e = new LinkedHashMap<>(16, 0.75f, true);
                e.putAll(entries);
                copy.entries = e;
            }
            if (stats != null) copy.stats = new HashMap<>(stats);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Copy without touching access order (get() on an access-ordered map reorders it). */
    private Map<K, V> contents() { return entries == null ? Map.of() : new HashMap<>(entries); }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof F08LruCache<?, ?> other && capacity == other.capacity && contents().equals(other.contents());
    }

    @Override public int hashCode() { return 31 * capacity + contents().hashCode(); }

    public static void main(String[] args) {
        F08LruCache<String, Integer> plain = new F08LruCache<>(2);
        assert plain.get("a") == null && plain.size() == 0 && plain.stat("hits") == 0;
        assert plain.keysEldestFirst().isEmpty();
        F08LruCache<String, Integer> emptyClone = plain.clone();
        assert emptyClone.equals(plain) && emptyClone.hashCode() == plain.hashCode();
        plain.put("a", 1);
        plain.put("b", 2);
        assert Integer.valueOf(1).equals(plain.get("a")); // "a" becomes most recent
        plain.put("c", 3);                                // evicts "b"
        assert plain.keysEldestFirst().equals(List.of("a", "c")) : plain.keysEldestFirst();
        assert !plain.equals(emptyClone);

        F08LruCache<String, Integer> copy = plain.clone();
        assert copy.equals(plain) && copy.hashCode() == plain.hashCode();
        copy.put("d", 4);
        assert plain.size() == 2 && !copy.equals(plain);
        plain.clear();
        assert plain.size() == 0 && plain.get("a") == null && copy.size() == 2;

        F08LruCache<String, String> counted = new F08LruCache<String, String>(1).recordStats().recordStats();
        counted.put("x", "1");
        counted.get("x");
        counted.get("y");
        counted.put("y", "2");
        F08LruCache<String, String> countedCopy = counted.clone();
        counted.get("y");
        assert counted.stat("hits") == 2 && counted.stat("misses") == 1 && counted.stat("evictions") == 1;
        assert countedCopy.stat("hits") == 1;
        counted.clear();
        assert counted.stat("hits") == 0 && counted.size() == 0;
        boolean bad = false;
        try { new F08LruCache<String, String>(0); } catch (IllegalArgumentException expected) { bad = true; }
        assert bad;
        System.out.println("F08 ok");
    }
}
