package probe22;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counter registry implemented as an enum singleton. The counter table is created
 * on the first increment and dropped again by {@code reset()}; all access is synchronized on the
 * singleton.
 */
public class W07MetricsRegistry {

    public enum Metrics {
        INSTANCE;

        private Map<String, LongAdder> counters; // null until the first increment, and after reset()

        public synchronized void increment(String name) {
            add(name, 1);
        }

        public synchronized void add(String name, long delta) {
            if (counters == null) {
                counters = new TreeMap<>();
            }
            counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
        }

        public synchronized long count(String name) {
            if (counters == null) {
                return 0L;
            }
            LongAdder adder = counters.get(name);
            return adder == null ? 0L : adder.sum();
        }

        public synchronized Map<String, Long> snapshot() {
            if (counters == null) {
                return Collections.emptyMap();
            }
            Map<String, Long> copy = new TreeMap<>();
            counters.forEach((k, v) -> copy.put(k, v.sum()));
            return Collections.unmodifiableMap(copy);
        }

        public synchronized int registeredCount() {
            return counters == null ? 0 : counters.size();
        }

        public synchronized void reset() {
            counters = null;
        }
    }

    static void handleRequest(String route, boolean failed) {
        Metrics.INSTANCE.increment("http.requests");
        Metrics.INSTANCE.increment("http.route." + route);
        if (failed) {
            Metrics.INSTANCE.increment("http.errors");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Metrics m = Metrics.INSTANCE;
        System.out.println("before: " + m.count("http.requests") + " " + m.snapshot() + " " + m.registeredCount());

        Thread worker = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                handleRequest(i % 2 == 0 ? "orders" : "users", i % 10 == 0);
            }
        });
        worker.start();
        for (int i = 0; i < 50; i++) {
            handleRequest("health", false);
        }
        worker.join();
        System.out.println("after: " + m.snapshot());

        m.reset();
        System.out.println("reset: " + m.count("http.errors") + " " + m.snapshot() + " " + m.registeredCount());
        m.add("bytes.sent", 512);
        System.out.println("again: " + m.snapshot());
    }
}
