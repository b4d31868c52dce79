package probe36;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counter registry of a metrics library that can be switched off at run time.
 * Readers copy the volatile field into a local once and test the local, so a concurrent disable() is harmless.
 */
public final class SF03MetricsRegistry {
    private final String prefix;
    private volatile ConcurrentHashMap<String, LongAdder> counters; // null while metrics are disabled

    public SF03MetricsRegistry(String prefix) {
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.prefix = prefix;
    }

    public synchronized void enable() {
        if (counters == null) {
            counters = new ConcurrentHashMap<>();
        }
    }

    public synchronized void disable() {
        counters = null;
    }

    public void increment(String name) {
        add(name, 1);
    }

    public void add(String name, long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("counters are monotonic: " + delta);
        }
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local == null) {
            return; // metrics off: drop the sample
        }
        local.computeIfAbsent(prefix + "." + name, key -> new LongAdder()).add(delta);
    }

    public long value(String name) {
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local == null) {
            return 0L;
        }
        LongAdder adder = local.get(prefix + "." + name);
        return adder == null ? 0L : adder.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        ConcurrentHashMap<String, LongAdder> local = counters;
        if (local != null) {
            local.forEach((key, adder) -> out.put(key, adder.sum()));
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        SF03MetricsRegistry registry = new SF03MetricsRegistry("http");
        // Phase 1: disabled from the start.
        registry.increment("requests");
        check(registry.value("requests") == 0, "disabled registry records nothing");
        check(registry.snapshot().isEmpty(), "empty snapshot while disabled");
        expect(IllegalArgumentException.class, () -> registry.add("requests", -1));
        expect(IllegalArgumentException.class, () -> new SF03MetricsRegistry(" "));
        // Phase 2: enabled.
        registry.enable();
        registry.increment("requests");
        registry.add("bytes", 512);
        check(registry.value("requests") == 1, "one request");
        check(registry.snapshot().equals(Map.of("http.bytes", 512L, "http.requests", 1L)), "snapshot");
        // Phase 3: disabled, twice.
        for (int round = 0; round < 2; round++) {
            registry.disable();
            registry.increment("requests");
            check(registry.value("bytes") == 0, "values gone after disable");
            check(registry.snapshot().isEmpty(), "snapshot empty after disable");
        }
        // Concurrent toggling while writers run.
        registry.enable();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] writers = new Thread[3];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                try {
                    for (int n = 0; n < 20_000; n++) {
                        registry.increment("hits");
                        registry.value("hits");
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
            writers[i].start();
        }
        for (int toggle = 0; toggle < 200; toggle++) {
            if (toggle % 2 == 0) {
                registry.disable();
            } else {
                registry.enable();
            }
            registry.snapshot();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("writer failed", failure.get());
        }
        // Phase 4: enabled again with fresh counters.
        registry.disable();
        registry.enable();
        registry.increment("after");
        check(registry.value("after") == 1, "fresh counters after re-enable");
        check(registry.value("hits") == 0, "old counters discarded");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
