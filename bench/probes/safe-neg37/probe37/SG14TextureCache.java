package probe37;

import java.util.HashMap;

/**
 * Game-engine texture cache shared by several scenes. It is reference counted: the first
 * acquire() allocates the table, the last release() frees it, and every method consults the
 * reference count rather than the table.
 */
public class SG14TextureCache {

    record Texture(String path, int width, int height) { }

    static final class TextureCache {
        private int refCount;                      // > 0 exactly when textures != null
        private HashMap<String, Texture> textures; // path -> decoded texture
        private int decodes;

        public void acquire() {
            if (refCount == Integer.MAX_VALUE) {
                throw new IllegalStateException("reference count overflow");
            }
            if (refCount == 0) {
                textures = new HashMap<>();
            }
            refCount++;
        }

        public void release() {
            if (refCount == 0) {
                throw new IllegalStateException("release() without matching acquire()");
            }
            refCount--;
            if (refCount == 0) {
                textures = null;
            }
        }

        public Texture load(String path) {
            if (path == null || !path.endsWith(".png")) {
                throw new IllegalArgumentException("unsupported texture " + path);
            }
            if (refCount == 0) {
                throw new IllegalStateException("texture cache not acquired");
            }
            return textures.computeIfAbsent(path, p -> {
                decodes++;
                int side = 16 << (p.length() % 4);
                return new Texture(p, side, side);
            });
        }

        public int resident() {
            return refCount == 0 ? 0 : textures.size();
        }

        public int refCount() {
            return refCount;
        }

        public int decodes() {
            return decodes;
        }
    }

    public static void main(String[] args) {
        TextureCache cache = new TextureCache();

        // Phase 1: before the map exists.
        check(cache.resident() == 0 && cache.refCount() == 0, "empty");
        expect(IllegalStateException.class, () -> cache.load("grass.png"));
        expect(IllegalStateException.class, cache::release);
        expect(IllegalArgumentException.class, () -> cache.load("grass.bmp"));

        // Phase 2: while it exists (two scenes share the cache).
        cache.acquire();
        cache.acquire();
        Texture grass = cache.load("grass.png");
        check(cache.load("grass.png") == grass, "cached instance reused");
        cache.load("stone.png");
        check(cache.resident() == 2 && cache.decodes() == 2, "two decodes");
        cache.release(); // first scene unloads; table must survive
        check(cache.load("stone.png").width() > 0 && cache.decodes() == 2, "still cached");

        // Phase 3: after it has been dropped (extra release is rejected twice).
        cache.release();
        check(cache.refCount() == 0 && cache.resident() == 0, "freed");
        expect(IllegalStateException.class, cache::release);
        expect(IllegalStateException.class, cache::release);
        expect(IllegalStateException.class, () -> cache.load("grass.png"));

        // Phase 4: after it has been created again.
        cache.acquire();
        check(cache.resident() == 0, "fresh table");
        check(cache.load("grass.png") != grass && cache.decodes() == 3, "decoded again");
        cache.release();
        System.out.println("SG14TextureCache ok");
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
