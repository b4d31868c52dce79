package probe27;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Dimensional metrics registry with tagged counters, bucketed histograms and gauges,
 * shaped after Micrometer/Prometheus client registries.
 */
public class BA07MetricsRegistry {
    public static final class Counter {
        private final String name;
        private final Map<String, String> tags;
        private long count;

        private Counter(Builder builder) {
            this.name = builder.name;
            this.tags = builder.tags;
        }

        public void increment(long amount) {
            count += amount;
        }

        public long count() {
            return count;
        }

        public int tagCount() {
            return tags == null ? 0 : tags.size();
        }

        public String id() {
            if (tags.isEmpty()) {
                return name;
            }
            StringJoiner joiner = new StringJoiner(",", name + "{", "}");
            tags.forEach((k, v) -> joiner.add(k + "=" + v));
            return joiner.toString();
        }
    }

    public static final class Builder {
        private final String name;
        private Map<String, String> tags;

        private Builder(String name) {
            this.name = name;
        }

        public Builder tag(String key, String value) {
            if (tags == null) {
                tags = new TreeMap<>();
            }
            tags.put(key, value);
            return this;
        }

        public Counter register(BA07MetricsRegistry registry) {
            return registry.add(new Counter(this));
        }
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Long>> histograms = new ConcurrentHashMap<>();
    private Map<String, Double> gauges;

    public static Builder counter(String name) {
        return new Builder(name);
    }

    Counter add(Counter counter) {
        Counter existing = counters.putIfAbsent(counter.id(), counter);
        return existing != null ? existing : counter;
    }

    public void declareHistogram(String name) {
        histograms.putIfAbsent(name, new ConcurrentSkipListMap<>());
    }

    private static int bucketOf(double value) {
        return value <= 0 ? 0 : 32 - Integer.numberOfLeadingZeros((int) Math.ceil(value));
    }

    public void observe(String histogram, double value) {
        histograms.get(histogram).merge(bucketOf(value), 1L, Long::sum);
    }

    public long bucketCount(String histogram, int bucket) {
        Map<Integer, Long> buckets = histograms.get(histogram);
        if (buckets == null) {
            return -1;
        }
        return buckets.getOrDefault(bucket, 0L);
    }

    public synchronized void enableGauges() {
        if (gauges == null) {
            gauges = new ConcurrentHashMap<>();
        }
    }

    public void setGauge(String name, double value) {
        gauges.put(name, value);
    }

    public double gauge(String name) {
        Map<String, Double> current = gauges;
        return current == null ? Double.NaN : current.getOrDefault(name, Double.NaN);
    }

    public static void main(String[] args) {
        BA07MetricsRegistry registry = new BA07MetricsRegistry();
        Counter requests = counter("http.requests").tag("method", "GET").tag("status", "200").register(registry);
        requests.increment(3);
        System.out.println(requests.id() + " = " + requests.count() + " tags=" + requests.tagCount());
        System.out.println("untagged builder tags: " + new Counter(counter("jobs")).tagCount());
        registry.declareHistogram("latency");
        registry.observe("latency", 12.5);
        registry.observe("latency", 14);
        System.out.println("bucket 4 = " + registry.bucketCount("latency", 4) + ", missing = " + registry.bucketCount("size", 1));
        System.out.println("gauge before enable: " + registry.gauge("heap"));
        registry.enableGauges();
        registry.setGauge("heap", 0.42);
        System.out.println("gauge heap = " + registry.gauge("heap"));

        expectNpe(37, () -> counter("jobs.completed").register(registry));
        expectNpe(89, () -> registry.observe("payload.size", 512));
        expectNpe(107, () -> new BA07MetricsRegistry().setGauge("threads", 8));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA07MetricsRegistry.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
