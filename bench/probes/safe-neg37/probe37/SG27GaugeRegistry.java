package probe37;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/**
 * Metrics gauge registry with an AtomicBoolean lifecycle. Pollers read isRunning() lock-free;
 * every method that touches the gauge map runs under the registry's monitor and tests the
 * AtomicBoolean, which is only flipped (under the same monitor) together with the map.
 */
public class SG27GaugeRegistry {

    static final class GaugeRegistry {
        private final AtomicBoolean running = new AtomicBoolean();
        private HashMap<String, DoubleSupplier> gauges; // non-null exactly when running.get()

        public synchronized void start() {
            if (running.get()) {
                throw new IllegalStateException("registry already running");
            }
            gauges = new HashMap<>();
            running.set(true);
        }

        public boolean isRunning() {
            return running.get();
        }

        public synchronized void register(String name, DoubleSupplier gauge) {
            if (!running.get()) {
                throw new IllegalStateException("registry stopped");
            }
            if (name == null || gauge == null || gauges.putIfAbsent(name, gauge) != null) {
                throw new IllegalArgumentException("gauge missing or duplicate: " + name);
            }
        }

        public synchronized Map<String, Double> sample() {
            if (!running.get()) {
                throw new IllegalStateException("registry stopped");
            }
            Map<String, Double> values = new TreeMap<>();
            gauges.forEach((name, g) -> values.put(name, g.getAsDouble()));
            return values;
        }

        /** Returns true if this call performed the shutdown; later calls return false. */
        public synchronized boolean stop() {
            if (!running.compareAndSet(true, false)) {
                return false;
            }
            gauges = null;
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        GaugeRegistry registry = new GaugeRegistry();
        AtomicInteger queueDepth = new AtomicInteger();

        // Phase 1: before the map exists.
        check(!registry.isRunning() && !registry.stop(), "stopped");
        expect(IllegalStateException.class, registry::sample);
        expect(IllegalStateException.class, () -> registry.register("q", queueDepth::get));

        // Phase 2: while it exists; a poller thread samples while main changes the lifecycle.
        registry.start();
        expect(IllegalStateException.class, registry::start);
        registry.register("queue.depth", queueDepth::get);
        expect(IllegalArgumentException.class, () -> registry.register("queue.depth", () -> 0));
        queueDepth.set(7);
        check(registry.sample().equals(Map.of("queue.depth", 7.0)), "sample");

        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger samples = new AtomicInteger();
        Thread poller = new Thread(() -> {
            try {
                while (!done.get()) {
                    if (registry.isRunning()) {
                        try {
                            registry.sample();
                            samples.incrementAndGet();
                        } catch (IllegalStateException raced) {
                            // stopped between isRunning() and sample(): expected
                        }
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "gauge-poller");
        poller.start();
        for (int round = 0; round < 200; round++) {
            // Phase 3 (dropped, twice) and Phase 4 (created again), repeatedly under contention.
            check(registry.stop() && !registry.stop(), "stop once");
            expect(IllegalStateException.class, registry::sample);
            registry.start();
            registry.register("queue.depth", queueDepth::get);
            Thread.yield();
        }
        done.set(true);
        poller.join(30_000);
        if (poller.isAlive()) {
            throw new AssertionError("poller did not finish");
        }
        if (failure.get() != null) {
            throw new AssertionError("poller failed", failure.get());
        }
        check(registry.sample().get("queue.depth") != null, "registered after restart");
        registry.stop();
        System.out.println("SG27GaugeRegistry ok (" + samples.get() + " concurrent samples)");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
