package probe26;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thumbnail cache of a photo gallery app. Rendered thumbnails are kept in an access-ordered
 * LRU map; under memory pressure (onTrimMemory) the whole cache is released and rebuilt lazily.
 */
public final class D32ThumbnailLruCache {

    private static final class LruMap extends LinkedHashMap<String, byte[]> {
        private static final long serialVersionUID = 1L;
        private final int maxEntries;

        LruMap(int maxEntries) {
            super(16, 0.75f, true);
            this.maxEntries = maxEntries;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > maxEntries;
        }
    }

    public static final int TRIM_MEMORY_MODERATE = 60;

    private final int maxEntries;
    private LinkedHashMap<String, byte[]> cache; // null until first render and after severe memory pressure
    private boolean lowMemory;
    private int hits;
    private int renders;

    public D32ThumbnailLruCache(int maxEntries) {
        this.maxEntries = Math.max(1, maxEntries);
    }

    public byte[] thumbnail(String path) {
        if (cache != null) {
            byte[] hit = cache.get(path);
            if (hit != null) {
                hits++;
                return hit;
            }
        }
        byte[] img = render(path);
        if (!lowMemory) {
            if (cache == null) {
                cache = new LruMap(maxEntries);
            }
            cache.put(path, img);
        }
        return img;
    }

    public void onTrimMemory(int level) {
        if (level >= TRIM_MEMORY_MODERATE) {
            cache = null;
            lowMemory = true;
        } else if (cache != null && cache.size() > 1) {
            int toDrop = cache.size() / 2;
            var it = cache.keySet().iterator();
            while (toDrop-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
    }

    public void onMemoryRecovered() {
        lowMemory = false;
    }

    public List<String> cachedPaths() {
        return cache == null ? List.of() : List.copyOf(cache.keySet());
    }

    public String stats() {
        return "hits=" + hits + " renders=" + renders + " cached=" + (cache == null ? 0 : cache.size()) + " low=" + lowMemory;
    }

    private byte[] render(String path) {
        renders++;
        return ("thumb:" + path).getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        D32ThumbnailLruCache thumbs = new D32ThumbnailLruCache(3);
        System.out.println(thumbs.cachedPaths() + " " + thumbs.stats());
        thumbs.onTrimMemory(20);
        for (String p : List.of("a.jpg", "b.jpg", "c.jpg", "a.jpg", "d.jpg", "b.jpg")) {
            thumbs.thumbnail(p);
        }
        System.out.println(thumbs.cachedPaths() + " " + thumbs.stats());
        thumbs.onTrimMemory(20);
        System.out.println(thumbs.cachedPaths());
        thumbs.onTrimMemory(80);
        System.out.println(new String(thumbs.thumbnail("a.jpg"), StandardCharsets.UTF_8) + " " + thumbs.cachedPaths() + " " + thumbs.stats());
        thumbs.onMemoryRecovered();
        thumbs.thumbnail("e.jpg");
        System.out.println(thumbs.cachedPaths() + " " + thumbs.stats());
    }
}
