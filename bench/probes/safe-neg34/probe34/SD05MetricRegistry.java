package probe34;

import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counter registry for an application metrics endpoint; reads use null-tolerant ternaries. */
public class SD05MetricRegistry {
    private SortedMap<String, Long> counters; // null until the first increment and after reset()
    private long resets;

    public void increment(String name) {
        add(name, 1L);
    }

    public void add(String name, long delta) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("metric name required");
        }
        if (delta < 0) {
            throw new IllegalArgumentException("counters are monotonic: " + delta);
        }
        counters = counters == null ? new TreeMap<>() : counters;
        counters.merge(name, delta, Long::sum);
    }

    public long count(String name) {
        return counters == null ? 0L : counters.getOrDefault(name, 0L);
    }

    public int size() {
        return counters == null ? 0 : counters.size();
    }

    public String render() {
        return counters == null ? "# no metrics" : counters.toString();
    }

    public long total() {
        return counters == null ? 0L : counters.values().stream().mapToLong(Long::longValue).sum();
    }

    public void reset() {
        counters = null;
        resets++;
    }

    public long resets() {
        return resets;
    }

    private static void exerciseEmpty(SD05MetricRegistry r, long resets) {
        check(r.count("http.requests") == 0L, "count while empty");
        check(r.size() == 0, "size while empty");
        check("# no metrics".equals(r.render()), "render while empty");
        check(r.total() == 0L, "total while empty");
        check(r.resets() == resets, "reset count");
        expect(IllegalArgumentException.class, () -> r.add("x", -1));
        expect(IllegalArgumentException.class, () -> r.increment(""));
    }

    public static void main(String[] args) {
        SD05MetricRegistry registry = new SD05MetricRegistry();
        exerciseEmpty(registry, 0);

        registry.increment("http.requests");
        registry.increment("http.requests");
        registry.add("bytes.out", 512);
        check(registry.count("http.requests") == 2L, "requests");
        check(registry.count("unknown") == 0L, "unknown counter");
        check(registry.size() == 2, "two counters");
        check("{bytes.out=512, http.requests=2}".equals(registry.render()), registry.render());
        check(registry.total() == 514L && registry.resets() == 0, "total");
        expect(IllegalArgumentException.class, () -> registry.add(null, 1));

        registry.reset();
        exerciseEmpty(registry, 1);
        registry.reset();
        exerciseEmpty(registry, 2);

        registry.add("jobs.done", 2);
        registry.increment("jobs.done");
        check(registry.resets() == 2, "resets after recreate");
        check(registry.count("jobs.done") == 3L && registry.size() == 1, "recreated");
        check(registry.total() == 3L && registry.render().contains("jobs.done=3"), "render after recreate");
        registry.reset();
        exerciseEmpty(registry, 3);
        System.out.println("SD05MetricRegistry ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
