package probe23;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Buffers counter increments between exports. Export methods "take and clear": the return value is
 * computed from the buffer inside {@code try}, and the {@code finally} block drops the buffer only
 * after that expression has been evaluated. Thread-safe.
 */
public final class X33MetricsBuffer {

    private HashMap<String, Long> buffer;

    public synchronized void increment(String name, long delta) {
        if (buffer == null) {
            buffer = new HashMap<>();
        }
        buffer.merge(name, delta, Long::sum);
    }

    public synchronized int pending() {
        return buffer == null ? 0 : buffer.size();
    }

    /** Returns the buffered counters as sorted lines and empties the buffer. */
    public synchronized List<String> drainLines() {
        if (buffer == null) {
            return List.of();
        }
        try {
            return buffer.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .sorted()
                    .toList();
        } finally {
            buffer = null;
        }
    }

    /** Returns the sum of all buffered counters and empties the buffer. */
    public synchronized long drainTotal() {
        if (buffer == null) {
            return 0;
        }
        try {
            return buffer.values().stream().mapToLong(Long::longValue).sum();
        } finally {
            buffer = null;
        }
    }

    /** Hands the buffer itself to the caller (no copy) and starts afresh. */
    public synchronized Map<String, Long> swap() {
        try {
            return buffer == null ? Map.of() : buffer;
        } finally {
            buffer = null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        X33MetricsBuffer metrics = new X33MetricsBuffer();
        System.out.println("idle: " + metrics.drainLines() + " " + metrics.drainTotal() + " " + metrics.swap());
        Thread[] writers = new Thread[3];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                for (int j = 0; j < 100; j++) {
                    metrics.increment(j % 2 == 0 ? "http.requests" : "db.queries", 1);
                }
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        System.out.println("pending=" + metrics.pending() + " lines=" + metrics.drainLines() + " after=" + metrics.pending());
        metrics.increment("cache.misses", 4);
        metrics.increment("cache.hits", 6);
        System.out.println("total=" + metrics.drainTotal() + " after=" + metrics.pending());
        metrics.increment("gc.pauses", 2);
        System.out.println("swap=" + metrics.swap() + " after=" + metrics.pending());
    }
}
