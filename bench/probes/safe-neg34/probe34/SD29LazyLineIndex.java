package probe34;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Word-to-line index of a text document, built lazily with double-checked locking. */
public class SD29LazyLineIndex {
    private final Object lock = new Object();
    private final List<String> lines = new ArrayList<>();
    private volatile Map<String, List<Integer>> index; // built on first query, invalidated by edits
    private int builds;

    private Map<String, List<Integer>> index() {
        Map<String, List<Integer>> local = index;
        if (local == null) {
            synchronized (lock) {
                local = index;
                if (local == null) {
                    local = build();
                    index = local;
                }
            }
        }
        return local;
    }

    private Map<String, List<Integer>> build() {
        builds++;
        Map<String, List<Integer>> result = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String word : lines.get(i).toLowerCase().split("\\W+")) {
                if (!word.isEmpty()) {
                    List<Integer> hits = result.computeIfAbsent(word, w -> new ArrayList<>());
                    if (hits.isEmpty() || hits.get(hits.size() - 1) != i + 1) {
                        hits.add(i + 1);
                    }
                }
            }
        }
        return result;
    }

    public void appendLine(String line) {
        if (line == null) {
            throw new IllegalArgumentException("null line");
        }
        synchronized (lock) {
            lines.add(line);
            index = null;
        }
    }

    public List<Integer> linesContaining(String word) {
        return List.copyOf(index().getOrDefault(word.toLowerCase(), List.of()));
    }

    public int firstLine(String word) {
        List<Integer> hits = index().get(word.toLowerCase());
        if (hits == null) {
            throw new NoSuchElementException(word);
        }
        return hits.get(0);
    }

    public int vocabularySize() {
        return index().size();
    }

    public boolean isIndexed() {
        return index != null;
    }

    public int builds() {
        return builds;
    }

    public void invalidate() {
        index = null;
    }

    public static void main(String[] args) {
        SD29LazyLineIndex doc = new SD29LazyLineIndex();
        check(!doc.isIndexed() && doc.builds() == 0, "nothing built yet");
        check(doc.vocabularySize() == 0 && doc.linesContaining("x").isEmpty(), "empty document");
        expect(NoSuchElementException.class, () -> doc.firstLine("x"));
        check(doc.isIndexed() && doc.builds() == 1, "built once for the empty document");

        doc.appendLine("The quick brown fox");
        check(!doc.isIndexed(), "append invalidates");
        doc.appendLine("jumps over the lazy dog, the end");
        expect(IllegalArgumentException.class, () -> doc.appendLine(null));
        check(doc.linesContaining("THE").equals(List.of(1, 2)), "the: " + doc.linesContaining("the"));
        check(doc.firstLine("dog") == 2 && doc.vocabularySize() == 9, "vocabulary " + doc.vocabularySize());
        check(doc.builds() == 2 && doc.isIndexed(), "built once per generation");

        doc.invalidate();
        check(!doc.isIndexed(), "dropped");
        doc.invalidate();
        check(!doc.isIndexed() && doc.builds() == 2, "dropped twice");
        check(doc.firstLine("fox") == 1 && doc.builds() == 3, "rebuilt on demand");
        check(doc.linesContaining("cat").isEmpty() && doc.vocabularySize() == 9, "rebuilt index");

        Thread[] readers = new Thread[4];
        doc.invalidate();
        int[] failures = {0};
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                if (doc.vocabularySize() != 9) {
                    synchronized (failures) {
                        failures[0]++;
                    }
                }
            });
            readers[i].start();
        }
        for (Thread t : readers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        check(failures[0] == 0 && doc.builds() == 4, "concurrent readers share one build: " + doc.builds());
        System.out.println("SD29LazyLineIndex ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
