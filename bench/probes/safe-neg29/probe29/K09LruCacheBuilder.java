package probe29;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small LRU cache configured through a builder that can pre-seed entries. */
public final class K09LruCacheBuilder<K, V> {

    private final LinkedHashMap<K, V> entries;
    private final int capacity;

    private K09LruCacheBuilder(int capacity, Map<K, V> seed) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
        entries.putAll(seed);
        trim();
    }

    public static <K, V> Builder<K, V> builder() {
        return new Builder<>();
    }

    /** Fluent builder. */
    public static final class Builder<K, V> {
        private int capacity = 4;
        private Map<K, V> seed;

        public Builder<K, V> capacity(int c) {
            if (c < 1) {
                throw new IllegalArgumentException("capacity < 1");
            }
            capacity = c;
            return this;
        }

        public Builder<K, V> seed(K key, V value) {
            if (seed == null) {
                seed = new LinkedHashMap<>();
            }
            seed.put(key, value);
            return this;
        }

        public int seeded() {
            return seed == null ? 0 : seed.size();
        }

        public K09LruCacheBuilder<K, V> build() {
            Map<K, V> s = seed != null ? seed : Map.of();
            return new K09LruCacheBuilder<>(capacity, s);
        }
    }

    private void trim() {
        while (entries.size() > capacity) {
            K eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
        trim();
    }

    public String keys() {
        return entries.keySet().toString();
    }

    public static void main(String[] args) {
        K09LruCacheBuilder<String, Integer> empty = K09LruCacheBuilder.<String, Integer>builder().build();
        System.out.println("empty keys=" + empty.keys() + " get=" + empty.get("a"));
        Builder<String, Integer> b = K09LruCacheBuilder.<String, Integer>builder().capacity(3);
        System.out.println("seeded=" + b.seeded());
        b.seed("a", 1).seed("b", 2).seed("c", 3).seed("d", 4);
        System.out.println("seeded=" + b.seeded());
        K09LruCacheBuilder<String, Integer> cache = b.build();
        System.out.println("keys=" + cache.keys());
        System.out.println("b=" + cache.get("b"));
        cache.put("e", 5);
        System.out.println("keys=" + cache.keys() + " c=" + cache.get("c"));
        try {
            K09LruCacheBuilder.<String, String>builder().capacity(0);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
    }
}
