package probe30;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-route hit counters that can be switched on and off at runtime from an admin endpoint. */
public final class T40RequestCounters {
    private volatile ConcurrentMap<String, LongAdder> counters; // null while metrics are disabled

    public synchronized void enable() {
        if (counters == null) counters = new ConcurrentHashMap<>();
    }

    public synchronized void disable() {
        counters = null;
    }

    public boolean isEnabled() {
        return counters != null;
    }

    public void hit(String route) {
        ConcurrentMap<String, LongAdder> c = counters; // read the volatile once
        if (c != null) c.computeIfAbsent(route, r -> new LongAdder()).increment();
    }

    public long count(String route) {
        ConcurrentMap<String, LongAdder> c = counters;
        if (c == null) return 0;
        LongAdder a = c.get(route);
        return a == null ? 0 : a.sum();
    }

    public Map<String, Long> snapshot() {
        ConcurrentMap<String, LongAdder> c = counters;
        Map<String, Long> out = new TreeMap<>();
        if (c != null) c.forEach((route, adder) -> out.put(route, adder.sum()));
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        T40RequestCounters metrics = new T40RequestCounters();
        assert !metrics.isEnabled() && metrics.count("/") == 0 && metrics.snapshot().isEmpty();
        metrics.hit("/"); // ignored
        metrics.disable();

        metrics.enable();
        metrics.enable(); // keeps existing counters
        metrics.hit("/");
        metrics.hit("/");
        metrics.hit("/login");
        assert metrics.count("/") == 2 && metrics.count("/none") == 0;
        assert metrics.snapshot().equals(Map.of("/", 2L, "/login", 1L));

        // Request threads keep counting while an admin toggles metrics on and off.
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 2_000; k++) {
                    metrics.hit("/api");
                    metrics.count("/api");
                    metrics.snapshot();
                }
            });
            workers.add(t);
            t.start();
        }
        for (int k = 0; k < 200; k++) {
            metrics.disable();
            metrics.enable();
        }
        for (Thread t : workers) t.join();
        assert metrics.isEnabled() && metrics.count("/api") <= 8_000;

        metrics.disable();
        assert metrics.count("/") == 0 && metrics.snapshot().isEmpty();
        metrics.enable();
        assert metrics.count("/") == 0;
        metrics.hit("/");
        assert metrics.count("/") == 1;
        System.out.println("T40 ok");
    }
}
