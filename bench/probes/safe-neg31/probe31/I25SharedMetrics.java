package probe31;

import java.util.HashMap;

/**
 * Reference-counted metrics sink shared by several clients (e.g. request handlers). Storage is
 * allocated when the first client acquires it and flushed/released when the last one lets go.
 */
public final class I25SharedMetrics {
    private HashMap<String, Long> counters; // non-null iff refCount > 0
    private int refCount;
    private long totalFlushed;

    public synchronized void acquire() {
        if (refCount == Integer.MAX_VALUE) {
            throw new IllegalStateException("too many clients");
        }
        if (refCount++ == 0) {
            counters = new HashMap<>();
        }
    }

    public synchronized void release() {
        if (refCount == 0) {
            throw new IllegalStateException("release without acquire");
        }
        if (--refCount == 0) {
            totalFlushed += sum();
            counters = null;
        }
    }

    private long sum() {
        long total = 0;
        for (long v : counters.values()) {
            total += v;
        }
        return total;
    }

    public synchronized void increment(String name, long by) {
        if (refCount == 0) {
            throw new IllegalStateException("no active clients");
        }
        counters.merge(name, by, Long::sum);
    }

    public synchronized long value(String name) {
        return refCount > 0 ? counters.getOrDefault(name, 0L) : 0L;
    }

    public synchronized int references() {
        return refCount;
    }

    public synchronized long totalFlushed() {
        return totalFlushed;
    }

    public static void main(String[] args) {
        I25SharedMetrics metrics = new I25SharedMetrics();
        if (metrics.value("requests") != 0 || metrics.references() != 0) throw new AssertionError("idle");
        try {
            metrics.increment("requests", 1);
            throw new AssertionError("increment without clients");
        } catch (IllegalStateException expected) {
            // no clients
        }
        try {
            metrics.release();
            throw new AssertionError("release without acquire");
        } catch (IllegalStateException expected) {
            // unbalanced
        }
        metrics.acquire();
        metrics.acquire();
        metrics.increment("requests", 3);
        metrics.increment("errors", 1);
        metrics.release();
        if (metrics.value("requests") != 3 || metrics.totalFlushed() != 0) throw new AssertionError("still held");
        metrics.release();
        if (metrics.totalFlushed() != 4 || metrics.value("requests") != 0) throw new AssertionError("flushed");
        metrics.acquire();
        metrics.increment("requests", 10);
        metrics.release();
        System.out.println("I25 refs=" + metrics.references() + " flushed=" + metrics.totalFlushed());
    }
}
