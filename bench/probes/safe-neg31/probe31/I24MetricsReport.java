package probe31;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Collects latency samples per endpoint and renders a report; samples are dropped on reset(). */
public final class I24MetricsReport {
    private Map<String, List<Integer>> samples; // null until the first record(), and after reset()

    public void record(String metric, int value) {
        if (metric == null) {
            throw new IllegalArgumentException("metric name is required");
        }
        if (samples == null) {
            samples = new TreeMap<>();
        }
        samples.computeIfAbsent(metric, k -> new ArrayList<>()).add(value);
    }

    public IntSummaryStatistics overall() {
        return Stream.ofNullable(samples)
                .flatMap(m -> m.values().stream())
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .summaryStatistics();
    }

    public OptionalDouble average(String metric) {
        if (metric == null) {
            return OptionalDouble.empty();
        }
        return Optional.ofNullable(samples)
                .map(m -> m.get(metric))
                .stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .average();
    }

    public List<String> metrics() {
        return samples == null ? List.of() : List.copyOf(samples.keySet());
    }

    public String render() {
        if (samples == null) {
            return "(no data)";
        }
        return samples.entrySet().stream()
                .map(e -> e.getKey() + " n=" + e.getValue().size() + " avg=" + average(e.getKey()).orElse(0))
                .collect(Collectors.joining(", "));
    }

    public void reset() {
        samples = null;
    }

    public static void main(String[] args) {
        I24MetricsReport report = new I24MetricsReport();
        if (report.overall().getCount() != 0 || report.average("GET /").isPresent()) throw new AssertionError("empty");
        if (!report.metrics().isEmpty() || !report.render().equals("(no data)")) throw new AssertionError("empty render");
        report.reset();
        report.record("GET /users", 12);
        report.record("GET /users", 18);
        report.record("POST /orders", 40);
        if (report.average("GET /users").orElseThrow() != 15.0) throw new AssertionError("avg");
        if (report.average("DELETE /x").isPresent() || report.average(null).isPresent()) throw new AssertionError("unknown metric");
        IntSummaryStatistics all = report.overall();
        if (all.getCount() != 3 || all.getMax() != 40) throw new AssertionError("overall");
        try {
            report.record(null, 1);
            throw new AssertionError("null metric");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        String rendered = report.render();
        report.reset();
        report.reset();
        System.out.println("I24 " + rendered + " | metrics after reset=" + report.metrics() + " " + report.render());
    }
}
