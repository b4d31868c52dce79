package probe26;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Metrics registry of a service runtime. Thread-safe: the counter table is published through
 * a volatile field, created with double-checked locking on first use and swapped out by
 * drain(). Every method reads the volatile field exactly once into a local variable.
 * Increments racing with drain() may land in the drained table (best-effort metrics).
 */
public final class D20ConcurrentMetricsCollector {

    private final Object lock = new Object();
    private final String service;
    private volatile ConcurrentMap<String, LongAdder> counters; // null until first use and after drain()

    public D20ConcurrentMetricsCollector(String service) {
        this.service = service;
    }

    private ConcurrentMap<String, LongAdder> table() {
        ConcurrentMap<String, LongAdder> m = counters;
        if (m == null) {
            synchronized (lock) {
                m = counters;
                if (m == null) {
                    m = new ConcurrentHashMap<>();
                    counters = m;
                }
            }
        }
        return m;
    }

    public void increment(String name, long delta) {
        table().computeIfAbsent(name, k -> new LongAdder()).add(delta);
    }

    public void increment(String name) {
        increment(name, 1);
    }

    public long value(String name) {
        ConcurrentMap<String, LongAdder> m = counters;
        if (m == null) {
            return 0;
        }
        LongAdder a = m.get(name);
        return a == null ? 0 : a.sum();
    }

    public int size() {
        ConcurrentMap<String, LongAdder> m = counters;
        return m == null ? 0 : m.size();
    }

    public Map<String, Long> drain() {
        ConcurrentMap<String, LongAdder> m;
        synchronized (lock) {
            m = counters;
            counters = null;
        }
        if (m == null) {
            return Map.of();
        }
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public String render() {
        ConcurrentMap<String, LongAdder> m = counters;
        if (m == null) {
            return service + " {}";
        }
        Map<String, Long> sorted = new TreeMap<>();
        for (Map.Entry<String, LongAdder> e : m.entrySet()) {
            sorted.put(e.getKey(), e.getValue().sum());
        }
        return service + " " + sorted;
    }

    public static void main(String[] args) throws InterruptedException {
        D20ConcurrentMetricsCollector metrics = new D20ConcurrentMetricsCollector("checkout");
        System.out.println(metrics.value("requests") + " " + metrics.size() + " " + metrics.render() + " " + metrics.drain());
        metrics.increment("requests");
        metrics.increment("bytes", 512);
        System.out.println(metrics.render() + " " + metrics.value("bytes") + " " + metrics.value("none"));
        System.out.println(metrics.drain() + " " + metrics.size());
        List<Thread> threads = new ArrayList<>();
        long[] drained = new long[1];
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    metrics.increment("requests");
                    metrics.value("requests");
                    metrics.size();
                    metrics.render();
                }
            }));
        }
        Thread drainer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                drained[0] += metrics.drain().getOrDefault("requests", 0L);
            }
        });
        threads.forEach(Thread::start);
        drainer.start();
        for (Thread t : threads) {
            t.join();
        }
        drainer.join();
        long rest = metrics.drain().getOrDefault("requests", 0L);
        System.out.println("counted at most 20000: " + (drained[0] + rest <= 20000));
    }
}
