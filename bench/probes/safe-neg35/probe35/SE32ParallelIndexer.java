package probe35;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Search-index builder that tokenises documents on a worker thread. The working map
 * is assigned before Thread.start() and nulled after Thread.join(); only the worker's
 * run method touches it, and start/join give the needed happens-before edges.
 * Queries use the immutable published index, which is never null.
 */
public class SE32ParallelIndexer {
    private Map<String, Set<Integer>> building;              // non-null only between start() and the null-out after join()
    private Map<String, Set<Integer>> published = Map.of();  // never null
    private Throwable workerFailure;
    private int builds;

    public synchronized void rebuild(List<String> documents) throws InterruptedException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to index");
        }
        List<String> docs = List.copyOf(documents);
        workerFailure = null;
        building = new HashMap<>();
        Thread worker = new Thread(() -> {
            try {
                tokenize(docs);
            } catch (Throwable t) {
                workerFailure = t;
            }
        }, "indexer-" + builds);
        worker.start();
        worker.join();
        Map<String, Set<Integer>> result = Map.copyOf(building);
        building = null;
        if (workerFailure != null) {
            throw new RuntimeException("indexer thread failed", workerFailure);
        }
        published = result;
        builds++;
    }

    private void tokenize(List<String> docs) {
        for (int id = 0; id < docs.size(); id++) {
            for (String word : docs.get(id).toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    building.computeIfAbsent(word, w -> new TreeSet<>()).add(id);
                }
            }
        }
    }

    public Set<Integer> search(String word) {
        return published.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    public int vocabulary() {
        return published.size();
    }

    public synchronized void clear() {
        published = Map.of();
    }

    public static void main(String[] args) throws InterruptedException {
        SE32ParallelIndexer indexer = new SE32ParallelIndexer();
        check(indexer.search("java").isEmpty() && indexer.vocabulary() == 0, "empty index");
        expect(IllegalArgumentException.class, () -> {
            try {
                indexer.rebuild(List.of());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });

        indexer.rebuild(List.of("Java streams", "Kotlin coroutines", "java records"));
        check(indexer.search("JAVA").equals(Set.of(0, 2)) && indexer.vocabulary() == 5, "indexed");

        for (int round = 0; round < 2; round++) {
            indexer.rebuild(List.of("Rust ownership", "rust traits " + round));
            check(indexer.search("java").isEmpty() && indexer.search("rust").equals(Set.of(0, 1)), "rebuilt " + round);
            indexer.clear();
            check(indexer.vocabulary() == 0, "cleared");
        }

        indexer.rebuild(List.of("Go channels"));
        check(indexer.search("channels").equals(Set.of(0)) && indexer.builds == 4, "final build");
        System.out.println("SE32ParallelIndexer ok");
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
