package probe33;

import java.util.HashMap;
import java.util.Map;

/**
 * A reference-counted shared resource, in the spirit of Netty's ReferenceCounted or a
 * font renderer's glyph atlas shared between windows. The glyph map is allocated on the
 * 0 -> 1 transition of the reference count and released on 1 -> 0. Callers are checked
 * against the count, not against the map.
 */
public final class SC17SharedGlyphCache {

    private int refCnt;
    private Map<Character, int[]> glyphs;
    private int rasterized;

    public synchronized void retain() {
        if (refCnt == 0) {
            glyphs = new HashMap<>();
        }
        refCnt++;
    }

    public synchronized boolean release() {
        if (refCnt == 0) {
            throw new IllegalStateException("refCnt: 0, decrement: 1");
        }
        refCnt--;
        if (refCnt == 0) {
            glyphs = null;
            return true;
        }
        return false;
    }

    public synchronized int refCnt() {
        return refCnt;
    }

    /** Returns the bitmap bounds of a glyph, rasterizing it on first use. */
    public synchronized int[] glyph(char c) {
        if (refCnt <= 0) {
            throw new IllegalStateException("cache has been released");
        }
        return glyphs.computeIfAbsent(c, ch -> {
            rasterized++;
            int w = Character.isUpperCase(ch) ? 9 : 7;
            return new int[] {w, 12};
        });
    }

    public synchronized int cachedGlyphs() {
        return refCnt > 0 ? glyphs.size() : 0;
    }

    public synchronized int rasterized() {
        return rasterized;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void releasedPhase(SC17SharedGlyphCache cache) {
        check(cache.refCnt() == 0 && cache.cachedGlyphs() == 0, "released");
        try {
            cache.glyph('A');
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        try {
            cache.release();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        SC17SharedGlyphCache cache = new SC17SharedGlyphCache();
        releasedPhase(cache);

        cache.retain();             // window 1
        cache.retain();             // window 2
        check(cache.glyph('A')[0] == 9 && cache.glyph('a')[0] == 7, "widths");
        cache.glyph('A');
        check(cache.cachedGlyphs() == 2 && cache.rasterized() == 2, "cached");
        check(!cache.release(), "still referenced");
        check(cache.glyph('b')[1] == 12 && cache.cachedGlyphs() == 3, "still usable");
        check(cache.release(), "freed");
        releasedPhase(cache);

        cache.retain();
        cache.glyph('Z');
        check(cache.release(), "freed again");
        releasedPhase(cache);

        cache.retain();
        check(cache.cachedGlyphs() == 0 && cache.glyph('A')[0] == 9, "recreated");
        check(cache.rasterized() == 5 && cache.refCnt() == 1, "counters");
        System.out.println("SC17 ok");
    }
}
