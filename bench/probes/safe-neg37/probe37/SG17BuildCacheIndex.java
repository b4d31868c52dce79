package probe37;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Build-tool output cache index (path -> content hash). Lifecycle is kept in a bitmask:
 * LOADED is set exactly while the entries map exists; DIRTY and READ_ONLY refine it.
 */
public class SG17BuildCacheIndex {

    static final class CacheIndex {
        private static final int LOADED = 1;
        private static final int DIRTY = 2;
        private static final int READ_ONLY = 4;

        private int flags;
        private SortedMap<String, String> entries; // non-null exactly when (flags & LOADED) != 0

        public void load(Map<String, String> persisted, boolean readOnly) {
            if ((flags & LOADED) != 0) {
                throw new IllegalStateException("index already loaded");
            }
            if (persisted == null) {
                throw new IllegalArgumentException("persisted index required");
            }
            TreeMap<String, String> copy = new TreeMap<>();
            for (Map.Entry<String, String> e : persisted.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new IllegalArgumentException("corrupt index entry");
                }
                copy.put(e.getKey(), e.getValue());
            }
            entries = copy;
            flags = LOADED | (readOnly ? READ_ONLY : 0);
        }

        public void record(String path, String hash) {
            if ((flags & LOADED) == 0) {
                throw new IllegalStateException("index not loaded");
            }
            if ((flags & READ_ONLY) != 0) {
                throw new UnsupportedOperationException("index opened read-only");
            }
            if (path == null || hash == null) {
                throw new IllegalArgumentException("path and hash required");
            }
            if (!hash.equals(entries.put(path, hash))) {
                flags |= DIRTY;
            }
        }

        public Optional<String> hashOf(String path) {
            if ((flags & LOADED) == 0 || path == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(entries.get(path));
        }

        public boolean isUpToDate(String path, String hash) {
            return hashOf(path).map(h -> h.equals(hash)).orElse(Boolean.FALSE);
        }

        /** Returns the entries to persist, or an empty map when nothing changed. */
        public SortedMap<String, String> flush() {
            if ((flags & (LOADED | DIRTY)) != (LOADED | DIRTY)) {
                return new TreeMap<>();
            }
            flags &= ~DIRTY;
            return new TreeMap<>(entries);
        }

        public int size() {
            return (flags & LOADED) != 0 ? entries.size() : 0;
        }

        /** Idempotent. */
        public void unload() {
            flags = 0;
            entries = null;
        }
    }

    public static void main(String[] args) {
        CacheIndex index = new CacheIndex();

        // Phase 1: before the map exists.
        check(index.size() == 0 && index.hashOf("a.o").isEmpty() && index.flush().isEmpty(), "unloaded");
        expect(IllegalStateException.class, () -> index.record("a.o", "h1"));
        expect(IllegalArgumentException.class, () -> index.load(null, false));

        // Phase 2: while it exists (read-only first, then writable).
        index.load(Map.of("a.o", "h1"), true);
        expect(UnsupportedOperationException.class, () -> index.record("b.o", "h2"));
        expect(IllegalStateException.class, () -> index.load(Map.of(), false));
        check(index.isUpToDate("a.o", "h1") && !index.isUpToDate("a.o", "h9"), "read-only lookups");
        index.unload();
        index.load(Map.of("a.o", "h1"), false);
        index.record("a.o", "h1");
        check(index.flush().isEmpty(), "unchanged record is not dirty");
        index.record("b.o", "h2");
        expect(IllegalArgumentException.class, () -> index.record(null, "h3"));
        check(index.flush().equals(Map.of("a.o", "h1", "b.o", "h2")) && index.flush().isEmpty(), "flush once");

        // Phase 3: after it has been dropped (twice).
        index.unload();
        index.unload();
        check(index.size() == 0 && !index.isUpToDate("a.o", "h1"), "dropped");
        expect(IllegalStateException.class, () -> index.record("c.o", "h3"));

        // Phase 4: after it has been created again.
        index.load(Map.of(), false);
        index.record("c.o", "h3");
        check(index.size() == 1 && index.hashOf("c.o").orElseThrow().equals("h3"), "reloaded");
        index.unload();
        System.out.println("SG17BuildCacheIndex ok");
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
