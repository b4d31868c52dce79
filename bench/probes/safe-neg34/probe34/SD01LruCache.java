package probe34;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;

/** Access-ordered LRU cache whose backing map is allocated on first write and dropped by clear(). */
public class SD01LruCache {
    private final int capacity;
    private LinkedHashMap<String, String> entries; // null until the first put, null again after clear()
    private int hits;
    private int misses;

    public SD01LruCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public void put(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("null key or value");
        }
        if (entries == null) {
            entries = new LinkedHashMap<>(16, 0.75f, true);
        }
        entries.put(key, value);
        if (entries.size() > capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    public String get(String key) {
        if (entries != null) {
            String value = entries.get(key);
            if (value != null) {
                hits++;
                return value;
            }
        }
        misses++;
        return null;
    }

    public boolean contains(String key) {
        if (entries == null) {
            return false;
        }
        return entries.containsKey(key);
    }

    public int size() {
        if (entries == null) {
            return 0;
        }
        return entries.size();
    }

    public void clear() {
        entries = null;
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses;
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new SD01LruCache(0));
        SD01LruCache cache = new SD01LruCache(2);

        // phase 1: the map has not been created yet
        check(cache.get("a") == null, "get before first put");
        check(!cache.contains("a"), "contains before first put");
        check(cache.size() == 0, "size before first put");
        check(cache.stats().equals("hits=0 misses=1"), cache.stats());
        expect(IllegalArgumentException.class, () -> cache.put(null, "x"));
        cache.clear();

        // phase 2: the map exists
        cache.put("a", "1");
        cache.put("b", "2");
        check("1".equals(cache.get("a")), "get a");
        cache.put("c", "3"); // evicts b because a was touched more recently
        check(!cache.contains("b") && cache.contains("a") && cache.contains("c"), "lru eviction");
        check(cache.size() == 2, "size while populated");
        check(cache.stats().equals("hits=1 misses=1"), cache.stats());
        expect(IllegalArgumentException.class, () -> cache.put("k", null));

        // phase 3: dropped, twice
        for (int round = 0; round < 2; round++) {
            cache.clear();
            check(cache.get("a") == null, "get after clear");
            check(!cache.contains("c"), "contains after clear");
            check(cache.size() == 0, "size after clear");
            check(cache.stats().startsWith("hits=1"), cache.stats());
            expect(IllegalArgumentException.class, () -> cache.put(null, null));
        }

        // phase 4: created again
        cache.put("z", "26");
        check("26".equals(cache.get("z")), "get after recreate");
        check(cache.contains("z") && cache.size() == 1, "contents after recreate");
        check(cache.stats().equals("hits=2 misses=3"), cache.stats());
        cache.clear();
        check(cache.size() == 0, "final clear");
        System.out.println("SD01LruCache ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
