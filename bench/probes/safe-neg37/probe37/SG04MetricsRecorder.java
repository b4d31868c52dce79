package probe37;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Telemetry counter recorder used from many threads. The counter table is a volatile field that
 * stop() sets back to null; every reader copies the field into a local and tests the local.
 */
public class SG04MetricsRecorder {

    static final class Recorder {
        private volatile ConcurrentHashMap<String, LongAdder> counters; // null while not recording

        public synchronized void start() {
            if (counters != null) {
                throw new IllegalStateException("already recording");
            }
            counters = new ConcurrentHashMap<>();
        }

        /** Returns false when the sample was dropped because recording is off. */
        public boolean increment(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("metric name required");
            }
            ConcurrentHashMap<String, LongAdder> local = counters;
            if (local == null) {
                return false;
            }
            local.computeIfAbsent(name, k -> new LongAdder()).increment();
            return true;
        }

        public long value(String name) {
            if (name == null) {
                throw new IllegalArgumentException("metric name required");
            }
            ConcurrentHashMap<String, LongAdder> local = counters;
            if (local == null) {
                throw new IllegalStateException("not recording");
            }
            LongAdder adder = local.get(name);
            return adder == null ? 0L : adder.sum();
        }

        /** Detaches the table and returns a snapshot of it; idempotent. */
        public synchronized Map<String, Long> stop() {
            ConcurrentHashMap<String, LongAdder> local = counters;
            counters = null;
            Map<String, Long> snapshot = new TreeMap<>();
            if (local != null) {
                local.forEach((k, v) -> snapshot.put(k, v.sum()));
            }
            return snapshot;
        }
    }

    public static void main(String[] args) throws Exception {
        Recorder recorder = new Recorder();

        // Phase 1: before the map exists.
        check(!recorder.increment("requests"), "dropped while stopped");
        expect(IllegalStateException.class, () -> recorder.value("requests"));
        expect(IllegalArgumentException.class, () -> recorder.increment(""));
        check(recorder.stop().isEmpty(), "stop before start is empty");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Phase 2: while it exists, four worker threads record concurrently.
            recorder.start();
            expect(IllegalStateException.class, recorder::start);
            long accepted = runWorkers(pool, recorder, 2_000);
            check(accepted == 8_000, "all samples accepted: " + accepted);
            check(recorder.value("requests") == 8_000, "value while recording");

            // Phase 3: after it has been dropped (twice), also racing with live workers.
            Map<String, Long> first = recorder.stop();
            check(Long.valueOf(8_000L).equals(first.get("requests")), "snapshot holds all samples");
            check(recorder.stop().isEmpty(), "second stop is empty");
            check(runWorkers(pool, recorder, 500) == 0, "nothing accepted after stop");
            expect(IllegalStateException.class, () -> recorder.value("requests"));

            // Phase 4: created again, and stopped while workers are still running.
            recorder.start();
            Future<Long> racing = pool.submit(() -> spin(recorder, 50_000));
            Thread.sleep(5);
            recorder.stop();
            long racedAccepted = racing.get(30, TimeUnit.SECONDS);
            check(racedAccepted >= 0, "racing worker finished cleanly");
            recorder.start();
            check(recorder.increment("requests") && recorder.value("requests") == 1, "fresh table");
            recorder.stop();
        } finally {
            pool.shutdownNow();
        }
        System.out.println("SG04MetricsRecorder ok");
    }

    private static long spin(Recorder recorder, int count) {
        long accepted = 0;
        for (int i = 0; i < count; i++) {
            if (recorder.increment("requests")) {
                accepted++;
            }
        }
        return accepted;
    }

    /** Runs four workers; a worker failure surfaces here through Future.get(). */
    private static long runWorkers(ExecutorService pool, Recorder recorder, int perWorker) throws Exception {
        if (perWorker == 0) {
            return 0;
        }
        List<Future<Long>> futures = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            futures.add(pool.submit(() -> spin(recorder, perWorker)));
        }
        long total = 0;
        for (Future<Long> f : futures) {
            total += f.get(30, TimeUnit.SECONDS);
        }
        return total;
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
