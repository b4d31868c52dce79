package probe31;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Word-frequency indexer that fans documents out to a thread pool. The shared accumulator field
 * exists only while index() runs; it is cleared only after every worker has terminated.
 */
public final class I15ParallelIndexer {
    private final int threads;
    private ConcurrentHashMap<String, Integer> counts; // live only inside index()
    private Map<String, Integer> lastResult = Map.of();
    private long lastWordCount;
    private int runs;

    public I15ParallelIndexer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.threads = threads;
    }

    public synchronized Map<String, Integer> index(List<String> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to index");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        counts = new ConcurrentHashMap<>();
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (String doc : documents) {
                if (doc != null) {
                    tasks.add(() -> accumulate(doc));
                }
            }
            long words = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                words += result(f);
            }
            lastWordCount = words;
            lastResult = Collections.unmodifiableMap(new TreeMap<>(counts));
            runs++;
            return lastResult;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } finally {
            awaitTermination(pool);
            counts = null;
        }
    }

    private int accumulate(String doc) {
        int n = 0;
        for (String w : doc.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
                n++;
            }
        }
        return n;
    }

    private static int result(Future<Integer> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized Map<String, Integer> lastResult() {
        return lastResult;
    }

    public synchronized long lastWordCount() {
        return lastWordCount;
    }

    public synchronized int runs() {
        return runs;
    }

    public static void main(String[] args) {
        I15ParallelIndexer indexer = new I15ParallelIndexer(3);
        if (!indexer.lastResult().isEmpty() || indexer.runs() != 0 || indexer.lastWordCount() != 0) throw new AssertionError("fresh");
        try {
            indexer.index(List.of());
            throw new AssertionError("empty input accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        List<String> docs = new ArrayList<>(List.of("The quick brown fox", "the lazy dog", "Quick, quick!"));
        docs.add(null);
        Map<String, Integer> idx = indexer.index(docs);
        if (idx.get("quick") != 3 || idx.get("the") != 2 || indexer.lastWordCount() != 9) throw new AssertionError(idx.toString());
        indexer.index(List.of("again and again"));
        if (indexer.runs() != 2 || indexer.lastResult().get("again") != 2) throw new AssertionError("second run");
        try {
            new I15ParallelIndexer(0);
            throw new AssertionError("zero threads");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I15 " + indexer.lastResult() + " runs=" + indexer.runs());
    }
}
