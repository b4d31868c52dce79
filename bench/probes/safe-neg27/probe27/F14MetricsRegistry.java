package probe27;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Micrometer/Prometheus-flavoured registry: the scrape snapshot and common tags are optional. */
public final class F14MetricsRegistry {

    public static final class Counter {
        private long count;

        public void increment() { count++; }
        public void increment(long n) {
            if (n < 0) throw new IllegalArgumentException("counters only go up");
            count += n;
        }
        public long count() { return count; }
    }

    private final Map<String, Counter> counters = new TreeMap<>();
    private NavigableMap<String, Long> lastSnapshot; // null until the first scrape
    private Map<String, String> commonTags;          // null unless configured

    public Counter counter(String name) { return counters.computeIfAbsent(name, n -> new Counter()); }

    public F14MetricsRegistry commonTag(String key, String value) {
        if (commonTags == null) commonTags = new TreeMap<>();
        commonTags.put(key, value);
        return this;
    }

    private String tagSuffix() {
        return commonTags == null ? "" : commonTags.entrySet().stream()
                .map(e -> e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    public NavigableMap<String, Long> scrape() {
        TreeMap<String, Long> snap = new TreeMap<>();
        String suffix = tagSuffix();
        counters.forEach((name, c) -> snap.put(name + suffix, c.count()));
        lastSnapshot = snap;
        return Collections.unmodifiableNavigableMap(snap);
    }

    public Optional<Long> lastValue(String metric) {
        String key = metric + tagSuffix();
        return Optional.ofNullable(lastSnapshot).map(s -> s.get(key));
    }

    /** Increase since the last scrape; everything counts as new if there was none. */
    public long delta(String metric) {
        Counter c = counters.get(metric);
        long now = c == null ? 0 : c.count();
        return now - lastValue(metric).orElse(0L);
    }

    public Optional<String> lastMetricName() {
        return Optional.ofNullable(lastSnapshot).filter(s -> !s.isEmpty()).map(NavigableMap::lastKey);
    }

    public String exposition() {
        if (lastSnapshot == null) return "# no scrape yet";
        StringBuilder sb = new StringBuilder();
        lastSnapshot.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        return sb.toString();
    }

    public void reset() {
        counters.clear();
        lastSnapshot = null;
    }

    public static void main(String[] args) {
        F14MetricsRegistry registry = new F14MetricsRegistry();
        assert registry.lastValue("http_requests_total").isEmpty() && registry.lastMetricName().isEmpty();
        assert registry.exposition().equals("# no scrape yet");
        registry.counter("http_requests_total").increment(5);
        assert registry.delta("http_requests_total") == 5 && registry.delta("unknown") == 0;
        NavigableMap<String, Long> snap = registry.scrape();
        assert snap.equals(Map.of("http_requests_total", 5L));
        registry.counter("http_requests_total").increment();
        registry.counter("db_errors_total");
        assert registry.delta("http_requests_total") == 1 && registry.lastValue("db_errors_total").isEmpty();
        registry.scrape();
        assert registry.lastMetricName().orElseThrow().equals("http_requests_total");
        assert registry.exposition().equals("db_errors_total 0\nhttp_requests_total 6\n") : registry.exposition();

        registry.commonTag("app", "shop").commonTag("env", "prod");
        assert registry.lastValue("http_requests_total").isEmpty() : "tagged names differ";
        registry.scrape();
        assert registry.lastValue("http_requests_total").orElseThrow() == 6L;
        assert registry.exposition().contains("http_requests_total{app=\"shop\",env=\"prod\"} 6");
        registry.reset();
        assert registry.lastMetricName().isEmpty() && registry.delta("http_requests_total") == 0;
        assert registry.scrape().isEmpty() && registry.lastMetricName().isEmpty();
        boolean down = false;
        try { registry.counter("x").increment(-1); } catch (IllegalArgumentException expected) { down = true; }
        assert down;
        System.out.println("F14 ok");
    }
}
