package probe35;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counter registry for a telemetry agent. Collection can be switched off at run time,
 * which discards all counters; readers fall back to an empty view via
 * Objects.requireNonNullElse, writers via requireNonNullElseGet with a throwing supplier.
 */
public class SE05MetricsRegistry {
    private static final Map<String, Long> NO_COUNTERS = Map.of();

    private ConcurrentHashMap<String, Long> counters; // null while collection is disabled

    public void enable() {
        counters = Objects.requireNonNullElseGet(counters, ConcurrentHashMap::new);
    }

    public void disable() {
        counters = null;
    }

    private Map<String, Long> writable() {
        return Objects.requireNonNullElseGet(counters, () -> {
            throw new IllegalStateException("metrics collection disabled");
        });
    }

    public long increment(String name, long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("counters are monotonic");
        }
        return writable().merge(name, delta, Long::sum);
    }

    public long count(String name) {
        return Objects.requireNonNullElse(counters, NO_COUNTERS).getOrDefault(name, 0L);
    }

    public int registered() {
        return Objects.requireNonNullElse(counters, NO_COUNTERS).size();
    }

    public String snapshot() {
        return new TreeMap<>(Objects.requireNonNullElse(counters, NO_COUNTERS)).toString();
    }

    public static void main(String[] args) {
        SE05MetricsRegistry metrics = new SE05MetricsRegistry();
        check(metrics.count("http.requests") == 0 && metrics.registered() == 0, "disabled reads");
        check(metrics.snapshot().equals("{}"), "empty snapshot");
        expect(IllegalStateException.class, () -> metrics.increment("http.requests", 1));

        metrics.enable();
        metrics.enable();
        metrics.increment("http.requests", 2);
        metrics.increment("http.requests", 3);
        metrics.increment("db.queries", 1);
        expect(IllegalArgumentException.class, () -> metrics.increment("db.queries", -1));
        check(metrics.count("http.requests") == 5 && metrics.registered() == 2, "counted");
        check(metrics.snapshot().equals("{db.queries=1, http.requests=5}"), "snapshot");

        for (int round = 0; round < 2; round++) {
            metrics.disable();
            check(metrics.count("http.requests") == 0 && metrics.registered() == 0, "discarded");
            check(metrics.snapshot().equals("{}"), "snapshot after disable");
            expect(IllegalStateException.class, () -> metrics.increment("db.queries", 1));
        }

        metrics.enable();
        check(metrics.increment("cache.hits", 7) == 7 && metrics.registered() == 1, "re-enabled");
        System.out.println("SE05MetricsRegistry ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
