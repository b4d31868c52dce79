package probe18;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Process-wide counter registry for service metrics, created lazily on first use. */
public final class N05MetricsRegistry {
    private final Object lock = new Object();
    private volatile ConcurrentMap<String, LongAdder> counters;

    private ConcurrentMap<String, LongAdder> counters() {
        if (counters == null) {
            synchronized (lock) {
                if (counters == null) {
                    counters = new ConcurrentHashMap<>();
                }
            }
        }
        return counters;
    }

    public void increment(String name) {
        add(name, 1);
    }

    public void add(String name, long delta) {
        counters().computeIfAbsent(name, k -> new LongAdder()).add(delta);
    }

    public long value(String name) {
        LongAdder adder = counters().get(name);
        return adder == null ? 0 : adder.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters().forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public int metricCount() {
        return counters().size();
    }

    public static void main(String[] args) throws InterruptedException {
        N05MetricsRegistry metrics = new N05MetricsRegistry();
        System.out.println("unknown=" + metrics.value("requests") + " count=" + metrics.metricCount());
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                for (int j = 0; j < 1000; j++) {
                    metrics.increment("requests");
                }
                metrics.add("bytes", 512);
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println(metrics.snapshot());
        System.out.println(new N05MetricsRegistry().snapshot());
    }
}
