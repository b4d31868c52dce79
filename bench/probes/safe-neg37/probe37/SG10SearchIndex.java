package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inverted index for a small document store. Public methods check isLoaded() first; the private
 * helpers they delegate to additionally return early when the postings map is absent.
 */
public class SG10SearchIndex {

    static final class SearchIndex {
        private HashMap<String, TreeSet<Integer>> postings; // built by load(), dropped by unload()
        private final List<String> documents = new ArrayList<>();

        public void load(List<String> docs) {
            if (isLoaded()) {
                throw new IllegalStateException("index already loaded");
            }
            if (docs == null) {
                throw new IllegalArgumentException("documents required");
            }
            for (String doc : docs) {
                if (doc == null) {
                    throw new IllegalArgumentException("documents must be non-null");
                }
            }
            HashMap<String, TreeSet<Integer>> built = new HashMap<>();
            for (int id = 0; id < docs.size(); id++) {
                for (String token : docs.get(id).toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!token.isEmpty()) {
                        built.computeIfAbsent(token, k -> new TreeSet<>()).add(id);
                    }
                }
            }
            documents.addAll(docs);
            postings = built;
        }

        public boolean isLoaded() {
            return postings != null;
        }

        public Set<Integer> search(String term) {
            if (!isLoaded()) {
                throw new IllegalStateException("index not loaded");
            }
            if (term == null) {
                throw new IllegalArgumentException("null term");
            }
            return lookup(term.toLowerCase(Locale.ROOT));
        }

        public int vocabularySize() {
            if (!isLoaded()) {
                return 0;
            }
            return countTerms();
        }

        private Set<Integer> lookup(String token) {
            if (postings == null) {
                return Set.of();
            }
            TreeSet<Integer> hits = postings.get(token);
            return hits == null ? Set.of() : Set.copyOf(hits);
        }

        private int countTerms() {
            if (postings == null) {
                return 0;
            }
            return postings.size();
        }

        /** Idempotent. */
        public void unload() {
            postings = null;
            documents.clear();
        }
    }

    public static void main(String[] args) {
        SearchIndex index = new SearchIndex();

        // Phase 1: before the map exists.
        check(!index.isLoaded() && index.vocabularySize() == 0, "not loaded");
        expect(IllegalStateException.class, () -> index.search("java"));
        expect(IllegalArgumentException.class, () -> index.load(null));
        check(!index.isLoaded(), "failed load leaves index unloaded");

        // Phase 2: while it exists.
        index.load(List.of("Java streams and maps", "Maps in Go", "Rust ownership"));
        expect(IllegalStateException.class, () -> index.load(List.of("again")));
        expect(IllegalArgumentException.class, () -> index.search(null));
        check(index.search("MAPS").equals(Set.of(0, 1)), "maps in two docs");
        check(index.search("rust").equals(Set.of(2)) && index.search("python").isEmpty(), "rust only");
        check(index.vocabularySize() == 8, "vocabulary " + index.vocabularySize());

        // Phase 3: after it has been dropped (twice).
        index.unload();
        index.unload();
        check(!index.isLoaded() && index.vocabularySize() == 0, "unloaded");
        expect(IllegalStateException.class, () -> index.search("java"));

        // Phase 4: after it has been created again.
        index.load(List.of("Kotlin coroutines"));
        check(index.search("kotlin").equals(Set.of(0)) && index.search("maps").isEmpty(), "reloaded");
        index.unload();
        System.out.println("SG10SearchIndex ok");
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
