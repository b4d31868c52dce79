package probe21;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Thumbnail cache held through a SoftReference so the GC may reclaim it. During a batch the
 * cache is pinned in the strong field {@code hot}, which is assigned from ref.get() (null if
 * the GC cleared it) and immediately replaced by a new map in that case; outside batches it
 * is null, and each read tests it first.
 */
public final class U38ThumbnailCache {

    private final Function<String, byte[]> renderer;
    private SoftReference<Map<String, byte[]>> ref = new SoftReference<>(null);
    private Map<String, byte[]> hot;
    private int renders;

    public U38ThumbnailCache(Function<String, byte[]> renderer) {
        this.renderer = renderer;
    }

    public synchronized void beginBatch() {
        hot = ref.get();
        if (hot == null) {
            hot = new HashMap<>();
            ref = new SoftReference<>(hot);
        }
    }

    public synchronized void endBatch() {
        hot = null;
    }

    public synchronized byte[] thumbnail(String key) {
        Map<String, byte[]> cache = hot != null ? hot : ref.get();
        if (cache == null) {
            cache = new HashMap<>();
            ref = new SoftReference<>(cache);
        }
        return cache.computeIfAbsent(key, k -> {
            renders++;
            return renderer.apply(k);
        });
    }

    public synchronized int pinnedSize() {
        return hot == null ? -1 : hot.size();
    }

    public synchronized int renders() {
        return renders;
    }

    /** Simulates memory pressure: the softly referenced cache is gone. */
    synchronized void dropSoftCache() {
        ref.clear();
    }

    public static void main(String[] args) {
        U38ThumbnailCache cache = new U38ThumbnailCache(k -> new byte[k.length()]);
        System.out.println(cache.pinnedSize() + " " + cache.thumbnail("a.png").length);
        cache.beginBatch();
        cache.thumbnail("a.png");
        cache.thumbnail("bb.png");
        System.out.println(cache.pinnedSize() + " renders=" + cache.renders());
        cache.dropSoftCache();
        System.out.println(cache.pinnedSize() + " " + cache.thumbnail("bb.png").length + " renders=" + cache.renders());
        cache.endBatch();
        System.out.println(cache.pinnedSize() + " " + cache.thumbnail("a.png").length + " renders=" + cache.renders());
        cache.dropSoftCache();
        cache.beginBatch();
        System.out.println(cache.pinnedSize() + " " + cache.thumbnail("ccc.png").length + " renders=" + cache.renders());
        cache.endBatch();
    }
}
