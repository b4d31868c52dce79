package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Game engine texture atlas shared by several scenes. The region table is allocated
 * when the first scene retains the atlas and freed when the last one releases it;
 * the reference count is the only guard.
 */
public class SE15TextureAtlas {
    private final int width;
    private int refCount;
    private Map<String, int[]> regions; // non-null exactly while refCount > 0
    private int packX;

    public SE15TextureAtlas(int width) {
        this.width = width;
    }

    public void retain() {
        if (refCount++ == 0) {
            regions = new HashMap<>();
            packX = 0;
        }
    }

    public void release() {
        if (refCount == 0) {
            throw new IllegalStateException("atlas over-released");
        }
        if (--refCount == 0) {
            regions = null;
        }
    }

    public void pack(String name, int w, int h) {
        if (refCount <= 0) {
            throw new IllegalStateException("atlas not loaded");
        }
        if (w <= 0 || h <= 0 || packX + w > width) {
            throw new IllegalArgumentException("region does not fit: " + name);
        }
        regions.put(name, new int[] {packX, 0, w, h});
        packX += w;
    }

    public int[] region(String name) {
        if (refCount == 0) {
            throw new IllegalStateException("atlas not loaded");
        }
        int[] r = regions.get(name);
        if (r == null) {
            throw new NoSuchElementException("no region " + name);
        }
        return r.clone();
    }

    public int regionCount() {
        return refCount > 0 ? regions.size() : 0;
    }

    public static void main(String[] args) {
        SE15TextureAtlas atlas = new SE15TextureAtlas(256);
        check(atlas.regionCount() == 0, "unloaded");
        expect(IllegalStateException.class, () -> atlas.region("hero"));
        expect(IllegalStateException.class, () -> atlas.pack("hero", 32, 32));
        expect(IllegalStateException.class, atlas::release);

        atlas.retain();
        atlas.retain();
        atlas.pack("hero", 32, 48);
        atlas.pack("coin", 16, 16);
        expect(IllegalArgumentException.class, () -> atlas.pack("sky", 512, 64));
        check(atlas.region("coin")[0] == 32 && atlas.regionCount() == 2, "packed");
        expect(NoSuchElementException.class, () -> atlas.region("sky"));
        atlas.release();
        check(atlas.region("hero")[3] == 48, "still retained by second scene");

        for (int round = 0; round < 2; round++) {
            atlas.release();
            check(atlas.regionCount() == 0, "freed");
            expect(IllegalStateException.class, () -> atlas.region("hero"));
            expect(IllegalStateException.class, () -> atlas.pack("hero", 8, 8));
            atlas.retain();
            check(atlas.regionCount() == 0, "fresh table after retain");
            atlas.pack("hero", 8, 8);
        }

        check(atlas.region("hero")[2] == 8 && atlas.regionCount() == 1, "reloaded");
        atlas.release();
        expect(IllegalStateException.class, atlas::release);
        System.out.println("SE15TextureAtlas ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
