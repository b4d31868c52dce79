package probe24b;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class J11TileCache {

    record TileKey(int zoom, int x, int y) { }

    record Tile(TileKey key, int checksum) { }

    static final class LruMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LruMap(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    private final int capacity;
    private LinkedHashMap<TileKey, Tile> tiles;
    private int loads;

    J11TileCache(int capacity) { this.capacity = capacity; }

    private LinkedHashMap<TileKey, Tile> tiles() {
        if (tiles == null) {
            tiles = new LruMap<>(capacity);
        }
        return tiles;
    }

    Tile get(TileKey key) {
        Tile t = tiles().get(key);
        if (t == null) {
            loads++;
            t = new Tile(key, key.zoom() * 31 + key.x() * 7 + key.y());
            tiles().put(key, t);
        }
        return t;
    }

    boolean contains(TileKey key) {
        return tiles != null && tiles.containsKey(key);
    }

    void evict(TileKey key) {
        tiles.remove(key); // BUG
    }

    void evictIfCached(TileKey key) {
        if (tiles != null) {
            tiles.remove(key);
        }
    }

    List<TileKey> visibleAtZoom(int zoom) {
        List<TileKey> out = new ArrayList<>();
        for (TileKey k : tiles.keySet()) { // BUG
            if (k.zoom() == zoom) {
                out.add(k);
            }
        }
        return out;
    }

    List<TileKey> cachedKeys() {
        return new ArrayList<>(tiles().keySet());
    }

    int size() {
        return tiles == null ? 0 : tiles.size();
    }

    void reset() { tiles = null; }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J11TileCache cache = new J11TileCache(3);
        TileKey a = new TileKey(3, 1, 1);
        TileKey b = new TileKey(3, 1, 2);
        TileKey c = new TileKey(4, 2, 2);
        TileKey d = new TileKey(4, 2, 3);
        cache.get(a);
        cache.get(b);
        cache.get(a);
        cache.get(c);
        cache.get(d);
        assert cache.loads == 4 && cache.size() == 3 && !cache.contains(b) && cache.contains(a);
        assert cache.visibleAtZoom(4).equals(List.of(c, d));
        cache.evict(c);
        assert cache.cachedKeys().equals(List.of(a, d));
        cache.reset();
        cache.evictIfCached(a);
        assert cache.size() == 0 && !cache.contains(a);
        List<TileKey> none = cache.cachedKeys();
        assert none.isEmpty() && cache.visibleAtZoom(3).isEmpty();
        assert cache.get(b).checksum() == 3 * 31 + 7 + 2;

        try {
            new J11TileCache(2).evict(a);
            missed(57);
        } catch (NullPointerException e) { report(e, 57); }
        try {
            cache.reset();
            cache.visibleAtZoom(3);
            missed(68);
        } catch (NullPointerException e) { report(e, 68); }
    }

    private static final String FILE = "J11TileCache.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
