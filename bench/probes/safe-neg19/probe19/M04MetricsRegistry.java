package probe19;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe registry of named counters, created lazily and resettable. */
public class M04MetricsRegistry {
    private final Object lock = new Object();
    private volatile ConcurrentHashMap<String, LongAdder> counters;

    private ConcurrentHashMap<String, LongAdder> counters() {
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local == null) {
            synchronized (lock) {
                local = counters;
                if (local == null) {
                    local = new ConcurrentHashMap<>();
                    counters = local;
                }
            }
        }
        return local;
    }

    public void increment(String name) {
        add(name, 1);
    }

    public void add(String name, long delta) {
        counters().computeIfAbsent(name, k -> new LongAdder()).add(delta);
    }

    public long value(String name) {
        LongAdder adder = counters().get(name);
        return adder == null ? 0L : adder.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters().forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public void reset() {
        synchronized (lock) {
            counters = null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        M04MetricsRegistry registry = new M04MetricsRegistry();
        System.out.println(registry.value("requests") + " " + registry.snapshot());
        registry.reset();
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread(() -> {
                for (int n = 0; n < 1000; n++) {
                    registry.increment("requests");
                    if (n % 100 == 0) {
                        registry.add("worker." + id, 100);
                    }
                    if (id == 3 && n == 500) {
                        registry.reset();
                    }
                }
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("requests>0: " + (registry.value("requests") > 0) + " keys=" + registry.snapshot().size());
        registry.reset();
        registry.reset();
        System.out.println(registry.snapshot());
    }
}
