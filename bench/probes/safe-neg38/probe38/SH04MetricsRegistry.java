package probe38;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request-counter registry shared by server threads. Thread-safe: the counter
 * map is published through a volatile field and every reader copies the field
 * into a local variable once, tests the local, and only uses the local.
 */
public final class SH04MetricsRegistry {

    private volatile ConcurrentHashMap<String, LongAdder> counters; // null while metrics are disabled

    public synchronized void enable() {
        if (counters == null) {
            counters = new ConcurrentHashMap<>();
        }
    }

    public synchronized void disable() {
        counters = null;
    }

    public boolean isEnabled() {
        return counters != null;
    }

    public boolean increment(String name) {
        requireName(name);
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local == null) {
            return false;
        }
        local.computeIfAbsent(name, k -> new LongAdder()).increment();
        return true;
    }

    /** Returns -1 while disabled. */
    public long value(String name) {
        requireName(name);
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local == null) {
            return -1;
        }
        LongAdder adder = local.get(name);
        return adder == null ? 0 : adder.sum();
    }

    public SortedMap<String, Long> snapshot() {
        SortedMap<String, Long> out = new TreeMap<>();
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local != null) {
            local.forEach((k, v) -> out.put(k, v.sum()));
        }
        return out;
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("metric name");
        }
    }

    public static void main(String[] args) throws Exception {
        SH04MetricsRegistry m = new SH04MetricsRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // phase 1: before the map exists
            check(!m.isEnabled() && !m.increment("requests"), "disabled at start");
            check(m.value("requests") == -1 && m.snapshot().isEmpty(), "no values while disabled");
            expect(IllegalArgumentException.class, () -> m.increment(null));
            // phase 2: while it exists, hammered by four threads
            m.enable();
            List<Future<Integer>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 1000; i++) {
                        ok += m.increment("requests") ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : fs) {
                check(f.get() == 1000, "all increments counted");
            }
            check(m.value("requests") == 4000, "value " + m.value("requests"));
            // phase 3: after it is dropped (twice), then toggled while writers run
            m.disable();
            m.disable();
            check(!m.increment("requests") && m.value("requests") == -1, "disabled again");
            List<Future<?>> racing = new ArrayList<>();
            racing.add(pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (i % 2 == 0) {
                        m.enable();
                    } else {
                        m.disable();
                    }
                }
            }));
            for (int t = 0; t < 3; t++) {
                racing.add(pool.submit(() -> {
                    for (int i = 0; i < 5000; i++) {
                        m.increment("race");
                        m.value("race");
                        m.snapshot();
                    }
                }));
            }
            for (Future<?> f : racing) {
                f.get();
            }
            // phase 4: created again (fresh map)
            m.disable();
            m.enable();
            check(m.value("requests") == 0 && m.increment("requests"), "fresh counters");
            check(m.snapshot().equals(new TreeMap<>(java.util.Map.of("requests", 1L))), "snapshot " + m.snapshot());
            System.out.println("SH04MetricsRegistry OK " + m.snapshot());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
