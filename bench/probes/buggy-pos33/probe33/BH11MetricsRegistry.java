package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

public class BH11MetricsRegistry {
    record Tagged(String name, Map<String, String> tags) {
        static Tagged untagged(String name) {
            return new Tagged(name, null);
        }

        static Tagged of(String name, String key, String value) {
            return new Tagged(name, Map.of(key, value));
        }

        String key() {
            StringBuilder sb = new StringBuilder(name);
            for (Map.Entry<String, String> e : tags.entrySet()) {
                sb.append(',').append(e.getKey()).append('=').append(e.getValue());
            }
            return sb.toString();
        }

        int tagCount() {
            return tags == null ? 0 : tags.size();
        }
    }

    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, long[]> histograms;

    BH11MetricsRegistry(boolean histogramsEnabled) {
        this.histograms = histogramsEnabled ? new ConcurrentHashMap<>() : null;
    }

    void increment(Tagged metric) {
        String id = metric.tagCount() == 0 ? metric.name() : metric.key();
        counters.merge(id, 1L, Long::sum);
    }

    void record(String name, long value) {
        if (histograms != null) {
            long[] h = histograms.computeIfAbsent(name, k -> new long[2]);
            h[0] += value;
            h[1]++;
        }
    }

    long[] timer(String name) {
        return histograms.computeIfAbsent(name, k -> new long[2]);
    }

    double mean(String name) {
        ConcurrentHashMap<String, long[]> h = histograms;
        long[] stats = h == null ? null : h.get(name);
        return stats == null || stats[1] == 0 ? 0.0 : (double) stats[0] / stats[1];
    }

    static final class Reporter {
        private final BH11MetricsRegistry registry;
        private Map<String, Long> lastReported;

        Reporter(BH11MetricsRegistry registry) {
            this.registry = registry;
        }

        void start() {
            lastReported = new HashMap<>();
        }

        List<String> flush() {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, Long> e : new TreeMap<>(registry.counters).entrySet()) {
                Long previous = lastReported.put(e.getKey(), e.getValue());
                lines.add(e.getKey() + "+" + (e.getValue() - (previous == null ? 0L : previous)));
            }
            return lines;
        }

        boolean started() {
            return lastReported != null;
        }

        int tracked() {
            Map<String, Long> last = lastReported;
            return last == null ? 0 : last.size();
        }
    }

    public static void main(String[] args) throws Exception {
        BH11MetricsRegistry registry = new BH11MetricsRegistry(true);
        registry.increment(Tagged.of("http.requests", "method", "GET"));
        registry.increment(Tagged.untagged("jobs.run"));
        registry.record("latency", 40L);
        registry.timer("latency")[0] += 2L;
        System.out.println(registry.mean("latency") + " " + Tagged.of("a", "k", "v").key());
        Reporter reporter = new Reporter(registry);
        reporter.start();
        System.out.println(reporter.flush() + " " + reporter.started() + " " + reporter.tracked());
        BH11MetricsRegistry lean = new BH11MetricsRegistry(false);
        lean.record("latency", 5L);
        lean.increment(Tagged.untagged("boot"));
        Reporter idle = new Reporter(lean);
        System.out.println(lean.mean("latency") + " " + idle.started() + " " + idle.tracked() + " " + Tagged.untagged("x").tagCount());

        expect(55, () -> lean.timer("latency"));
        expect(79, idle::flush);
        expect(23, () -> Tagged.untagged("jobs.run").key());
    }

    private static final String FILE = "BH11MetricsRegistry.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
