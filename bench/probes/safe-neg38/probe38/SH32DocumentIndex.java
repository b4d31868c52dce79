package probe38;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inverted index over an opened document store. The postings map exists
 * exactly while the index is open, and {@link #isOpen()} is defined as
 * {@code postings != null}; every method, inside and outside the class,
 * asks isOpen() instead of comparing the field itself. Single-threaded.
 */
public final class SH32DocumentIndex {

    private Map<String, Set<Integer>> postings; // word -> doc ids; null while closed
    private int nextDoc;

    public boolean isOpen() {
        return postings != null;
    }

    public void open() {
        if (!isOpen()) {
            postings = new HashMap<>();
            nextDoc = 0;
        }
    }

    public void close() {
        postings = null;
    }

    public int add(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text");
        }
        if (!isOpen()) {
            throw new IllegalStateException("index is closed");
        }
        int id = nextDoc++;
        for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                postings.computeIfAbsent(w, k -> new TreeSet<>()).add(id);
            }
        }
        return id;
    }

    public Set<Integer> search(String word) {
        if (word == null) {
            throw new IllegalArgumentException("word");
        }
        if (!isOpen()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new TreeSet<>(postings.getOrDefault(norm(word), Set.of())));
    }

    public Set<Integer> searchAll(String... words) {
        if (words == null || words.length == 0 || !isOpen()) {
            return Set.of();
        }
        Set<Integer> acc = null;
        for (String w : words) {
            if (w == null) {
                throw new IllegalArgumentException("null word");
            }
            Set<Integer> hits = postings.getOrDefault(norm(w), Set.of());
            if (acc == null) {
                acc = new TreeSet<>(hits);
            } else {
                acc.retainAll(hits);
            }
        }
        return Collections.unmodifiableSet(acc);
    }

    public int vocabularySize() {
        return isOpen() ? postings.size() : 0;
    }

    private static String norm(String word) {
        return word.trim().toLowerCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        SH32DocumentIndex ix = new SH32DocumentIndex();
        // phase 1: before the map exists
        check(!ix.isOpen() && ix.search("java").isEmpty() && ix.searchAll("a", "b").isEmpty(), "closed");
        check(ix.vocabularySize() == 0, "no vocabulary");
        expect(IllegalStateException.class, () -> ix.add("hello"));
        // phase 2: while it exists
        ix.open();
        int d0 = ix.add("Java streams and Java records");
        int d1 = ix.add("Kotlin coroutines and records");
        int d2 = ix.add("Go channels");
        check(ix.search("JAVA").equals(Set.of(d0)) && ix.search("records").equals(Set.of(d0, d1)), "search");
        check(ix.searchAll("records", "kotlin").equals(Set.of(d1)) && ix.searchAll("go", "java").isEmpty(), "and");
        check(ix.search("channels").equals(Set.of(d2)) && ix.vocabularySize() == 8, "vocabulary " + ix.vocabularySize());
        expect(IllegalArgumentException.class, () -> ix.searchAll("java", null));
        // phase 3: after it is dropped (twice)
        ix.close();
        ix.close();
        check(ix.search("java").isEmpty() && ix.searchAll("java").isEmpty() && ix.vocabularySize() == 0, "closed again");
        expect(IllegalStateException.class, () -> ix.add("late"));
        // phase 4: created again
        ix.open();
        int fresh = ix.add("Rust ownership");
        check(fresh == 0 && ix.search("rust").equals(Set.of(0)) && ix.search("java").isEmpty(), "fresh index");
        System.out.println("SH32DocumentIndex OK vocabulary=" + ix.vocabularySize());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
