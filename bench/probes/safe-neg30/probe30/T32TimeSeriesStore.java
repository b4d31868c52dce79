package probe30;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/** In-memory metric store: metric name -> (timestamp -> value). */
public final class T32TimeSeriesStore {
    private Map<String, NavigableMap<Long, Double>> series; // null until open(), and after close()

    public void open() {
        if (series == null) series = new HashMap<>();
    }

    public boolean isOpen() {
        return series != null;
    }

    public void record(String metric, long timestamp, double value) {
        if (series == null) throw new IllegalStateException("store not open");
        series.computeIfAbsent(metric, m -> new TreeMap<>()).put(timestamp, value);
    }

    public OptionalDouble latest(String metric) {
        if (series == null) return OptionalDouble.empty();
        Map.Entry<Long, Double> last = series.getOrDefault(metric, Collections.emptyNavigableMap()).lastEntry();
        return last == null ? OptionalDouble.empty() : OptionalDouble.of(last.getValue());
    }

    public OptionalDouble average(String metric, long fromInclusive, long toExclusive) {
        if (fromInclusive > toExclusive) throw new IllegalArgumentException("empty window");
        if (series == null) return OptionalDouble.empty();
        NavigableMap<Long, Double> points = series.get(metric);
        if (points == null) return OptionalDouble.empty();
        return points.subMap(fromInclusive, true, toExclusive, false).values().stream()
                .mapToDouble(Double::doubleValue).average();
    }

    public Set<String> metrics() {
        return series == null ? Set.of() : Set.copyOf(series.keySet());
    }

    public void close() {
        series = null;
    }

    public static void main(String[] args) {
        T32TimeSeriesStore store = new T32TimeSeriesStore();
        assert !store.isOpen() && store.metrics().isEmpty();
        assert store.latest("cpu").isEmpty() && store.average("cpu", 0, 10).isEmpty();
        try {
            store.record("cpu", 1, 0.5);
            throw new AssertionError("record before open");
        } catch (IllegalStateException expected) {
            // not open
        }
        store.close();

        store.open();
        store.open(); // idempotent, keeps data
        store.record("cpu", 10, 0.25);
        store.record("cpu", 20, 0.75);
        store.record("cpu", 5, 0.5); // out of order is fine
        store.record("mem", 10, 512);
        assert store.latest("cpu").getAsDouble() == 0.75;
        assert store.latest("disk").isEmpty();
        assert store.average("cpu", 0, 20).getAsDouble() == 0.375;
        assert store.average("cpu", 100, 200).isEmpty() && store.average("disk", 0, 1).isEmpty();
        assert store.metrics().equals(Set.of("cpu", "mem"));
        try {
            store.average("cpu", 5, 1);
            throw new AssertionError("inverted window accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }

        store.close();
        assert store.latest("cpu").isEmpty() && store.metrics().isEmpty();
        store.open();
        assert store.latest("cpu").isEmpty();
        store.record("cpu", 1, 1.0);
        assert store.average("cpu", 1, 2).getAsDouble() == 1.0;
        System.out.println("T32 ok");
    }
}
