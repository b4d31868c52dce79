package probe21;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Parallel term counter. The shared {@code counts} map exists only inside the synchronized
 * index() call: it is assigned before any task is submitted, the pool is awaited
 * uninterruptibly until every task has finished, and only then is the field set back to null.
 */
public final class U10TermIndexer {

    private final int threads;
    private ConcurrentHashMap<String, LongAdder> counts;
    private Map<String, Long> lastResult = Map.of();

    public U10TermIndexer(int threads) {
        this.threads = Math.max(1, threads);
    }

    public synchronized Map<String, Long> index(List<String> documents) {
        if (documents == null) {
            documents = List.of();
        }
        counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String doc : documents) {
                if (doc != null) {
                    pool.execute(() -> tokenize(doc));
                }
            }
        } finally {
            pool.shutdown();
            awaitUninterruptibly(pool);
        }
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((term, adder) -> result.put(term, adder.sum()));
        counts = null;
        lastResult = Collections.unmodifiableMap(result);
        return lastResult;
    }

    /** Runs on pool threads, only between the assignment of counts and the end of awaitUninterruptibly. */
    private void tokenize(String doc) {
        for (String token : doc.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!token.isEmpty()) {
                counts.computeIfAbsent(token, t -> new LongAdder()).increment();
            }
        }
    }

    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
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

    public synchronized Map<String, Long> lastResult() {
        return lastResult;
    }

    public synchronized boolean isIndexing() {
        return counts != null;
    }

    public static void main(String[] args) {
        U10TermIndexer indexer = new U10TermIndexer(3);
        System.out.println(indexer.isIndexing() + " " + indexer.lastResult());
        Map<String, Long> r = indexer.index(List.of("The quick brown fox", "the lazy dog", "Quick! quick!", ""));
        System.out.println(r);
        System.out.println(indexer.index(List.of()) + " " + indexer.isIndexing());
    }
}
