package probe21b;

import java.util.LinkedHashMap;

/** Thumbnail caches of the photo gallery, built on an access-ordered LinkedHashMap. */
public class C15ThumbnailCache {

    private static final String FILE = "C15ThumbnailCache.java";

    /** Rendered thumbnails by photo id in access order; may be released by {@link #evictAll()}. */
    protected LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);

    /** Whether {@link #evictAll()} keeps the emptied map instead of releasing it. */
    protected boolean retainsStorage() {
        return true;
    }

    public void put(String id, byte[] data) {
        if (entries == null) {
            entries = new LinkedHashMap<>(16, 0.75f, true);
        }
        entries.put(id, data);
    }

    public byte[] get(String id) {
        return entries == null ? null : entries.get(id);
    }

    public void evictAll() {
        if (retainsStorage()) {
            entries.clear(); // BUG
        } else {
            entries = null;
        }
    }

    /** Evicts everything and returns the number of entries the cache still holds. */
    public int evictAndCount() {
        evictAll();
        return retainsStorage() ? entries.size() : 0;
    }

    /** Desktop cache; memory is plentiful, so eviction keeps the storage. */
    static final class DesktopCache extends C15ThumbnailCache {
        /** Drops everything except the thumbnail currently on screen. */
        void keepOnly(String id) {
            byte[] current = get(id);
            evictAll();
            entries.put(id, current);
        }
    }

    /** Cache for low-memory devices: eviction releases the backing storage. */
    static final class LowMemoryCache extends C15ThumbnailCache {
        @Override
        protected boolean retainsStorage() {
            return false;
        }

        /** Drops everything except the thumbnail currently on screen. */
        void keepOnly(String id) {
            byte[] current = get(id);
            evictAll();
            entries.put(id, current); // BUG
        }
    }

    /** Cache that releases its storage on eviction while the device reports memory pressure. */
    static final class AdaptiveCache extends C15ThumbnailCache {
        boolean pressure;

        @Override
        protected boolean retainsStorage() {
            return !pressure;
        }
    }

    public static void main(String[] args) {
        C15ThumbnailCache plain = new C15ThumbnailCache();
        plain.put("p1", new byte[] {1});
        DesktopCache desktop = new DesktopCache();
        desktop.put("p2", new byte[] {2});
        desktop.keepOnly("p2");
        LowMemoryCache low = new LowMemoryCache();
        low.put("p3", new byte[] {3});
        int n = plain.evictAndCount() + low.evictAndCount() + (low.get("p3") == null ? 0 : 1);
        AdaptiveCache adaptive = new AdaptiveCache();
        adaptive.pressure = true;
        adaptive.evictAll();
        adaptive.put("p4", new byte[] {4});
        adaptive.pressure = false;
        n += adaptive.evictAndCount() + desktop.evictAndCount();
        System.out.println("safe: " + n);

        prove(FILE, 31, () -> {
            AdaptiveCache cache = new AdaptiveCache();
            cache.pressure = true;
            cache.evictAll();
            cache.pressure = false;
            cache.evictAll();
        });
        prove(FILE, 64, () -> new LowMemoryCache().keepOnly("p9"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
