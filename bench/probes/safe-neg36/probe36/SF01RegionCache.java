package probe36;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;

/**
 * A named region of a second-level entity cache (Hibernate/Ehcache style).
 * The LRU table exists only between open() and close(); every access tests it for null first.
 */
public final class SF01RegionCache {
    private final String region;
    private final int capacity;
    private LinkedHashMap<String, String> entries; // null until open(), null again after close()
    private long hits;
    private long misses;

    public SF01RegionCache(String region, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.region = region;
        this.capacity = capacity;
    }

    public void open() {
        if (entries != null) {
            throw new IllegalStateException("region " + region + " is already open");
        }
        entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public void put(String key, String value) {
        if (entries == null) {
            throw new IllegalStateException("region " + region + " is closed");
        }
        entries.put(key, value);
        if (entries.size() > capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    public String get(String key) {
        if (entries == null) {
            misses++;
            return null;
        }
        String value = entries.get(key);
        if (value == null) {
            misses++;
        } else {
            hits++;
        }
        return value;
    }

    public String require(String key) {
        String value = get(key);
        if (value == null) {
            throw new NoSuchElementException(region + " has no entry " + key);
        }
        return value;
    }

    public int size() {
        if (entries == null) {
            return 0;
        }
        return entries.size();
    }

    public void close() {
        entries = null;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    public static void main(String[] args) {
        SF01RegionCache cache = new SF01RegionCache("users", 2);
        // Phase 1: region not opened yet.
        check(cache.size() == 0, "empty before open");
        check(cache.get("a") == null, "miss before open");
        expect(IllegalStateException.class, () -> cache.put("a", "1"));
        expect(NoSuchElementException.class, () -> cache.require("a"));
        // Phase 2: open region.
        cache.open();
        expect(IllegalStateException.class, cache::open);
        cache.put("a", "alice");
        cache.put("b", "bob");
        check("alice".equals(cache.get("a")), "hit a");
        cache.put("c", "carol"); // evicts b, the least recently used entry
        check(cache.get("b") == null, "b evicted");
        check(cache.size() == 2, "capacity respected");
        check("carol".equals(cache.require("c")), "require c");
        // Phase 3: closed, twice.
        for (int round = 0; round < 2; round++) {
            cache.close();
            check(cache.size() == 0, "empty after close");
            check(cache.get("a") == null, "miss after close");
            expect(IllegalStateException.class, () -> cache.put("z", "zed"));
            expect(NoSuchElementException.class, () -> cache.require("c"));
        }
        // Phase 4: reopened.
        cache.open();
        check(cache.size() == 0, "fresh region");
        cache.put("d", "dave");
        check("dave".equals(cache.require("d")), "require d after reopen");
        check(cache.hits() == 3, "hits " + cache.hits());
        check(cache.misses() == 7, "misses " + cache.misses());
        expect(IllegalArgumentException.class, () -> new SF01RegionCache("bad", 0));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
