package probe37;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * A small access-ordered LRU cache. The backing map only exists between open() and close();
 * every method tests the field against null before touching it.
 */
public class SG01LruCache {

    static final class LruCache<K, V> {
        private final int capacity;
        private LinkedHashMap<K, V> entries; // null until open(), null again after close()
        private long evictions;

        LruCache(int capacity) {
            if (capacity <= 0) {
                throw new IllegalArgumentException("capacity must be positive: " + capacity);
            }
            this.capacity = capacity;
        }

        public void open() {
            if (entries != null) {
                throw new IllegalStateException("cache already open");
            }
            entries = new LinkedHashMap<>(16, 0.75f, true);
        }

        public void put(K key, V value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("null keys and values are not cached");
            }
            if (entries == null) {
                throw new IllegalStateException("cache is closed");
            }
            entries.put(key, value);
            if (entries.size() > capacity) {
                Iterator<K> eldest = entries.keySet().iterator();
                eldest.next();
                eldest.remove();
                evictions++;
            }
        }

        public Optional<V> get(K key) {
            if (entries != null) {
                return Optional.ofNullable(entries.get(key));
            }
            throw new IllegalStateException("cache is closed");
        }

        public int size() {
            if (entries == null) {
                return 0;
            }
            return entries.size();
        }

        public boolean isOpen() {
            return entries != null;
        }

        public long evictions() {
            return evictions;
        }

        /** Idempotent: closing a closed cache does nothing. */
        public void close() {
            entries = null;
        }
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new LruCache<String, String>(0));
        LruCache<String, Integer> cache = new LruCache<>(2);

        // Phase 1: before the map exists.
        check(!cache.isOpen(), "fresh cache must be closed");
        check(cache.size() == 0, "closed cache has size 0");
        expect(IllegalStateException.class, () -> cache.put("a", 1));
        expect(IllegalStateException.class, () -> cache.get("a"));

        // Phase 2: while it exists.
        cache.open();
        expect(IllegalStateException.class, cache::open);
        cache.put("a", 1);
        cache.put("b", 2);
        check(cache.get("a").orElseThrow() == 1, "a cached");
        cache.put("c", 3); // evicts b (a was touched more recently)
        check(cache.get("b").isEmpty(), "b evicted");
        check(cache.size() == 2 && cache.evictions() == 1, "size and evictions");
        expect(IllegalArgumentException.class, () -> cache.put(null, 4));

        // Phase 3: after it has been dropped (twice).
        cache.close();
        cache.close();
        check(!cache.isOpen() && cache.size() == 0, "closed twice");
        expect(IllegalStateException.class, () -> cache.get("a"));
        expect(IllegalStateException.class, () -> cache.put("d", 4));

        // Phase 4: after it has been created again.
        cache.open();
        check(cache.get("a").isEmpty(), "reopened cache is empty");
        cache.put("d", 4);
        check(cache.get("d").orElseThrow() == 4 && cache.size() == 1, "reopened cache works");
        cache.close();
        System.out.println("SG01LruCache ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
