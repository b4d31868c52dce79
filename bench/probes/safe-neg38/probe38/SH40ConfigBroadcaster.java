package probe38;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Configuration hand-off between a loader thread and the service threads
 * that need it. Thread-safe: every access is under the monitor. Consumers use
 * guarded suspension ({@code while (config == null) wait}), so when the loop
 * ends the map exists and the lock is still held; the loader may retract the
 * configuration again at any time.
 */
public final class SH40ConfigBroadcaster {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private Map<String, String> config; // guarded by this; null until publish(), null again after retract()
    private long version;

    public synchronized void publish(Map<String, String> source) {
        if (source == null) {
            throw new IllegalArgumentException("source");
        }
        config = new HashMap<>(source);
        version++;
        notifyAll();
    }

    public synchronized void retract() {
        config = null;
        version++;
    }

    public synchronized String awaitValue(String key, long timeoutMillis)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (config == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("no configuration published");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return config.get(key);
    }

    public synchronized Optional<String> peek(String key) {
        return config == null ? Optional.empty() : Optional.ofNullable(config.get(key));
    }

    public synchronized long version() {
        return version;
    }

    private static List<Future<String>> consumers(ExecutorService pool, SH40ConfigBroadcaster b, int n) {
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(pool.submit(() -> b.awaitValue("db.url", 10_000)));
        }
        return fs;
    }

    public static void main(String[] args) throws Exception {
        SH40ConfigBroadcaster b = new SH40ConfigBroadcaster();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // phase 1: before the map exists (consumers block until it does)
            check(b.peek("db.url").isEmpty() && b.version() == 0, "nothing yet");
            expect(TimeoutException.class, () -> b.awaitValue("db.url", 30));
            List<Future<String>> waiting = consumers(pool, b, 3);
            // phase 2: while it exists
            b.publish(Map.of("db.url", "jdbc:h2:mem:a", "pool", "4"));
            for (Future<String> f : waiting) {
                check("jdbc:h2:mem:a".equals(f.get()), "consumer saw the config");
            }
            check("4".equals(b.peek("pool").orElse("")) && b.peek("missing").isEmpty(), "peek");
            expect(IllegalArgumentException.class, () -> b.publish(null));
            // phase 3: after it is dropped (twice)
            b.retract();
            b.retract();
            check(b.peek("db.url").isEmpty() && b.version() == 3, "retracted");
            expect(TimeoutException.class, () -> b.awaitValue("db.url", 30));
            // phase 4: created again
            waiting = consumers(pool, b, 3);
            b.publish(Map.of("db.url", "jdbc:h2:mem:b"));
            for (Future<String> f : waiting) {
                check("jdbc:h2:mem:b".equals(f.get()), "consumer saw the new config");
            }
            System.out.println("SH40ConfigBroadcaster OK version=" + b.version());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expect(Class<? extends Throwable> type, Action action) throws Exception {
        try {
            action.run();
        } catch (Exception e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
