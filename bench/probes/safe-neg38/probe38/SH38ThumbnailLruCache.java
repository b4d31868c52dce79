package probe38;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * LRU cache for rendered thumbnails. A capacity of 0 disables caching, and
 * then no map is allocated at all.
 *
 * <p>Invariant: {@code capacity > 0} iff {@code entries != null}. Both are
 * only written in resize() (also used by the constructor), which builds the
 * new map before publishing the pair; every other method tests the capacity.
 * Single-threaded.
 */
public final class SH38ThumbnailLruCache {

    private int capacity;                          // 0 = caching disabled
    private LinkedHashMap<String, byte[]> entries; // access-ordered; non-null exactly while capacity > 0
    private int hits;
    private int misses;

    public SH38ThumbnailLruCache(int capacity) {
        resize(capacity);
    }

    public void resize(int newCapacity) {
        if (newCapacity < 0) {
            throw new IllegalArgumentException("capacity");
        }
        if (newCapacity == 0) {
            entries = null;
            capacity = 0;
            return;
        }
        LinkedHashMap<String, byte[]> fresh = new LinkedHashMap<>(16, 0.75f, true);
        if (capacity > 0) {
            fresh.putAll(entries); // keeps least-recently-used first
        }
        Iterator<String> eldest = fresh.keySet().iterator();
        while (fresh.size() > newCapacity) {
            eldest.next();
            eldest.remove();
        }
        entries = fresh;
        capacity = newCapacity;
    }

    public byte[] get(String key) {
        if (capacity == 0) {
            misses++;
            return null;
        }
        byte[] v = entries.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    public void put(String key, byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("value");
        }
        if (capacity == 0) {
            return;
        }
        entries.put(key, value);
        if (entries.size() > capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    public int size() {
        return capacity == 0 ? 0 : entries.size();
    }

    public List<String> keysLruFirst() {
        return capacity == 0 ? List.of() : new ArrayList<>(entries.keySet());
    }

    public String stats() {
        return "capacity=" + capacity + " size=" + size() + " hits=" + hits + " misses=" + misses;
    }

    public static void main(String[] args) {
        SH38ThumbnailLruCache cache = new SH38ThumbnailLruCache(0);
        byte[] png = {1, 2, 3};
        // phase 1: before the map exists (caching disabled)
        cache.put("a.png", png);
        check(cache.get("a.png") == null && cache.size() == 0 && cache.keysLruFirst().isEmpty(), "disabled");
        expect(IllegalArgumentException.class, () -> cache.resize(-1));
        expect(IllegalArgumentException.class, () -> cache.put("a.png", null));
        // phase 2: while it exists
        cache.resize(2);
        cache.put("a.png", png);
        cache.put("b.png", png);
        check(cache.get("a.png") == png, "hit a");
        cache.put("c.png", png);
        check(cache.keysLruFirst().equals(List.of("a.png", "c.png")), "b evicted " + cache.keysLruFirst());
        cache.resize(1);
        check(cache.keysLruFirst().equals(List.of("c.png")), "shrunk to most recent");
        // phase 3: after it is dropped (twice)
        cache.resize(0);
        cache.resize(0);
        cache.put("d.png", png);
        check(cache.get("c.png") == null && cache.size() == 0, "disabled again");
        // phase 4: created again
        cache.resize(3);
        cache.put("e.png", png);
        check(cache.size() == 1 && cache.get("e.png") == png && cache.get("c.png") == null, "fresh cache");
        SH38ThumbnailLruCache direct = new SH38ThumbnailLruCache(1);
        direct.put("x", png);
        check(direct.size() == 1, "constructed enabled");
        System.out.println("SH38ThumbnailLruCache OK " + cache.stats());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
