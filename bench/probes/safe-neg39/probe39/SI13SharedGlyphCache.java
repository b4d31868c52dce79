package probe39;

import java.util.HashMap;

/**
 * Glyph cache shared by the text views of a UI toolkit. Rasterized glyphs are expensive to keep,
 * so the cache exists only while at least one view holds a {@link Lease}: the map is created on
 * the 0 -> 1 transition of the reference count and dropped on the 1 -> 0 transition.
 * Invariant: {@code refs > 0} exactly when {@code glyphs != null}.
 *
 * <p>This class is single-threaded: all views live on the UI thread.
 */
public final class SI13SharedGlyphCache {
    private int refs;                           // open leases
    private HashMap<Character, int[]> glyphs;   // char -> {advance, height}; non-null iff refs > 0
    private int rasterized;

    public Lease acquire() {
        if (refs == Integer.MAX_VALUE) {
            throw new IllegalStateException("too many leases");
        }
        if (refs == 0) {
            glyphs = new HashMap<>();
        }
        refs++;
        return new Lease(this);
    }

    private void release() {
        if (refs == 0) {
            throw new IllegalStateException("unbalanced release");
        }
        refs--;
        if (refs == 0) {
            glyphs = null;
        }
    }

    private int[] glyph(char c) {
        if (refs == 0) {
            throw new IllegalStateException("no lease held");
        }
        return glyphs.computeIfAbsent(c, this::rasterize);
    }

    private int[] rasterize(Character c) {
        rasterized++;
        char ch = c;
        int advance = Character.isWhitespace(ch) ? 4 : Character.isUpperCase(ch) ? 9 : 7;
        int height = Character.isLowerCase(ch) ? 10 : 12;
        return new int[] {advance, height};
    }

    public int cachedGlyphs() {
        return refs == 0 ? 0 : glyphs.size();
    }

    public int activeLeases() {
        return refs;
    }

    public int rasterizedTotal() {
        return rasterized;
    }

    /** A view's hold on the shared cache. Closing it twice is harmless. */
    public static final class Lease implements AutoCloseable {
        private final SI13SharedGlyphCache owner;
        private boolean closed;

        private Lease(SI13SharedGlyphCache owner) {
            this.owner = owner;
        }

        public int advance(char c) {
            ensureOpen();
            return owner.glyph(c)[0];
        }

        public int measure(String text) {
            if (text == null) {
                throw new IllegalArgumentException("text is null");
            }
            ensureOpen();
            int width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += owner.glyph(text.charAt(i))[0];
            }
            return width;
        }

        public int lineHeight(String text) {
            if (text == null) {
                throw new IllegalArgumentException("text is null");
            }
            ensureOpen();
            int height = 0;
            for (int i = 0; i < text.length(); i++) {
                height = Math.max(height, owner.glyph(text.charAt(i))[1]);
            }
            return height;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                owner.release();
            }
        }

        private void ensureOpen() {
            if (closed) {
                throw new IllegalStateException("lease closed");
            }
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI13SharedGlyphCache cache = new SI13SharedGlyphCache();
        check(cache.cachedGlyphs() == 0 && cache.activeLeases() == 0, "empty at start");
        Lease first = cache.acquire();
        check(first.measure("Hi there") == 9 + 7 + 4 + 7 * 5, "measure");
        try (Lease second = cache.acquire()) {
            check(second.advance('H') == 9 && cache.activeLeases() == 2, "shared glyph");
            check(second.lineHeight("ab") == 10 && second.lineHeight("aB") == 12, "heights");
            expect(IllegalArgumentException.class, () -> second.measure(null));
        }
        check(cache.cachedGlyphs() == 10 && cache.rasterizedTotal() == 10, "cache kept by first lease");
        first.close();
        first.close();
        check(cache.cachedGlyphs() == 0 && cache.activeLeases() == 0, "dropped at zero");
        expect(IllegalStateException.class, () -> first.advance('x'));
        expect(IllegalStateException.class, () -> first.measure("x"));
        expect(IllegalStateException.class, () -> first.lineHeight("x"));

        try (Lease again = cache.acquire()) {
            check(again.measure("Hi") == 16 && cache.rasterizedTotal() == 12, "re-rasterized after drop");
        }
        check(cache.cachedGlyphs() == 0, "dropped again");
        System.out.println("OK SI13SharedGlyphCache");
    }
}
