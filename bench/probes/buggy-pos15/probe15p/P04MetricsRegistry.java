package probe15p;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

public class P04MetricsRegistry {
    private final String prefix;
    private volatile boolean started;
    private Map<String, Long> counters;
    private final Map<String, Long> gauges = new ConcurrentHashMap<>();

    public P04MetricsRegistry(String prefix) {
        this.prefix = prefix;
    }

    public void start(String... counterNames) {
        started = true;
        counters = createCounters(counterNames);
    }

    private Map<String, Long> createCounters(String[] names) {
        Map<String, Long> result = new ConcurrentHashMap<>();
        for (String name : names) {
            if (!name.matches("[a-z][a-z0-9_.]*")) {
                throw new IllegalArgumentException("invalid metric name: " + name);
            }
            result.put(prefix + "." + name, 0L);
        }
        return result;
    }

    public void increment(String name) {
        if (!started) return;
        counters.merge(prefix + "." + name, 1L, Long::sum); // BUG
    }

    public void setGauge(String name, long value) {
        gauges.put(prefix + "." + name, value);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> all = new TreeMap<>(gauges);
        if (started) {
            counters.forEach(all::put); // BUG
        }
        return all;
    }

    public static void main(String[] args) {
        P04MetricsRegistry api = new P04MetricsRegistry("api");
        api.increment("requests");
        api.start("requests", "errors");
        api.increment("requests");
        api.setGauge("threads", 12);
        System.out.println(api.snapshot());

        P04MetricsRegistry worker = new P04MetricsRegistry("worker");
        try {
            worker.start("jobs", "Failed-Jobs");
        } catch (IllegalArgumentException e) {
            System.err.println("metrics disabled: " + e.getMessage());
        }
        worker.setGauge("queue", 3);
        prove(() -> worker.increment("jobs"));
        prove(() -> worker.snapshot());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
