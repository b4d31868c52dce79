package probe38;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Full-text indexer with one background worker thread. Thread-safe.
 *
 * <p>Under the monitor, {@code worker != null} iff {@code inbox != null}: both
 * are set together in start() and cleared together in stop(). Every method
 * (and the worker loop itself, which compares {@code worker} with its own
 * thread) tests the thread field, not the map.
 */
public final class SH17BackgroundIndexer {

    private Thread worker;              // guarded by this
    private Map<String, String> inbox;  // guarded by this; non-null exactly while worker != null
    private int pendingDocs;            // guarded by this
    private final ConcurrentHashMap<String, Integer> wordCounts = new ConcurrentHashMap<>();
    private volatile Throwable failure;

    public synchronized void start() {
        if (worker != null) {
            return;
        }
        Thread t = new Thread(this::runLoop, "indexer");
        t.setDaemon(true);
        inbox = new LinkedHashMap<>();
        worker = t;
        pendingDocs = 0;
        t.start();
    }

    public void stop() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = worker;
            if (t == null) {
                return; // already stopped
            }
            worker = null;
            inbox = null;
            pendingDocs = 0;
            notifyAll();
        }
        t.join();
    }

    public synchronized boolean submit(String docId, String text) {
        if (docId == null || text == null) {
            throw new IllegalArgumentException("docId and text are required");
        }
        if (worker == null) {
            return false;
        }
        pendingDocs += inbox.put(docId, text) == null ? 1 : 0;
        notifyAll();
        return true;
    }

    public synchronized int backlog() { return worker == null ? 0 : inbox.size(); }

    public synchronized boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (worker != null && pendingDocs > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public int count(String word) { return word == null ? 0 : wordCounts.getOrDefault(word, 0); }

    private void index(String text) {
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> !w.isEmpty())
                .forEach(w -> wordCounts.merge(w, 1, Integer::sum));
    }

    private void runLoop() {
        Thread self = Thread.currentThread();
        try {
            while (true) {
                Map<String, String> batch;
                synchronized (this) {
                    while (worker == self && inbox.isEmpty()) {
                        wait();
                    }
                    if (worker != self) {
                        return; // stopped, possibly restarted with another worker and inbox
                    }
                    batch = new LinkedHashMap<>(inbox);
                    inbox.clear();
                }
                batch.values().forEach(this::index);
                synchronized (this) {
                    if (worker == self) {
                        pendingDocs -= batch.size();
                    }
                    notifyAll();
                }
            }
        } catch (Throwable t) { // includes InterruptedException: nobody interrupts the worker
            failure = t;
        }
    }

    public static void main(String[] args) throws Exception {
        SH17BackgroundIndexer ix = new SH17BackgroundIndexer();
        ExecutorService producers = Executors.newFixedThreadPool(3);
        try {
            // phase 1: before the map exists
            check(!ix.submit("d0", "alpha") && ix.backlog() == 0 && ix.awaitIdle(10), "not started");
            ix.stop();
            expect(IllegalArgumentException.class, () -> ix.submit(null, "x"));
            // phase 2: while it exists
            ix.start();
            ix.start(); // idempotent
            List<Future<?>> fs = IntStream.range(0, 3).<Future<?>>mapToObj(p -> producers.submit(
                    () -> IntStream.range(0, 40).forEach(
                            i -> check(ix.submit("p" + p + "-" + i, "Alpha beta alpha"), "accepted")))).toList();
            for (Future<?> f : fs) {
                f.get(); // rethrows any producer failure
            }
            check(ix.awaitIdle(10_000), "drained");
            check(ix.count("alpha") == 240 && ix.count("beta") == 120, "counts " + ix.count("alpha"));
            // phase 3: after it is dropped (twice)
            ix.stop();
            ix.stop(); // idempotent
            check(!ix.submit("late", "gamma") && ix.backlog() == 0 && ix.count("gamma") == 0, "stopped");
            // phase 4: created again
            ix.start();
            check(ix.submit("again", "gamma delta") && ix.awaitIdle(10_000) && ix.count("gamma") == 1, "again");
            ix.stop();
            check(ix.failure == null, "worker failed: " + ix.failure);
            System.out.println("SH17BackgroundIndexer OK alpha=" + ix.count("alpha") + " gamma=" + ix.count("gamma"));
        } finally {
            producers.shutdownNow();
        }
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
