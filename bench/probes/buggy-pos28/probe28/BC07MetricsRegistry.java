package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics registry similar to Micrometer / Dropwizard: named meters with tags,
 * optional histogram buckets, and a reporter that diffs consecutive snapshots.
 */
public class BC07MetricsRegistry {

    static final class Meter {
        final String name;
        long count;
        Map<Integer, Long> histograms;

        Meter(String name) {
            this.name = name;
        }

        Meter(String name, int[] bounds) {
            this(name);
            histograms = new TreeMap<>();
            for (int b : bounds) {
                histograms.put(b, 0L);
            }
        }
    }

    private final Map<String, Meter> meters = new HashMap<>();
    private Map<String, Long> lastSnapshot;

    public final class Reporter {
        public List<String> deltas() {
            List<String> out = new ArrayList<>();
            for (Meter m : meters.values()) {
                long prev = lastSnapshot.getOrDefault(m.name, 0L);
                out.add(m.name + "+" + (m.count - prev));
            }
            return out;
        }

        public Map<String, Long> report() {
            Map<String, Long> snap = new TreeMap<>();
            meters.forEach((k, m) -> snap.put(k, m.count));
            lastSnapshot = snap;
            return snap;
        }
    }

    public Meter counter(String name) {
        return meters.computeIfAbsent(name, Meter::new);
    }

    public Meter timer(String name, int... bounds) {
        return meters.computeIfAbsent(name, n -> new Meter(n, bounds));
    }

    public void record(String name, int value) {
        Meter m = meters.get(name);
        if (m == null) {
            return;
        }
        m.count++;
        Map<Integer, Long> buckets = m.histograms;
        if (buckets != null) {
            for (Map.Entry<Integer, Long> b : buckets.entrySet()) {
                if (value <= b.getKey()) {
                    b.setValue(b.getValue() + 1);
                    break;
                }
            }
        }
    }

    public long bucketCount(String name, int bound) {
        Meter m = meters.get(name);
        return m.histograms.getOrDefault(bound, 0L);
    }

    static Map<String, String> parseTags(String spec) {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        Map<String, String> tags = new TreeMap<>();
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=", 2);
            tags.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
        }
        return tags;
    }

    public String taggedName(String name, String tagSpec) {
        Map<String, String> tags = parseTags(tagSpec);
        StringBuilder sb = new StringBuilder(name);
        tags.forEach((k, v) -> sb.append(',').append(k).append('=').append(v));
        return sb.toString();
    }

    public String taggedNameOrPlain(String name, String tagSpec) {
        Map<String, String> tags = parseTags(tagSpec);
        return tags == null || tags.isEmpty() ? name : name + tags;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC07MetricsRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC07MetricsRegistry.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC07MetricsRegistry registry = new BC07MetricsRegistry();
        registry.counter("requests");
        registry.timer("latency", 10, 100, 1000);
        registry.record("requests", 1);
        registry.record("latency", 42);
        registry.record("latency", 7);
        System.out.println("le100=" + registry.bucketCount("latency", 100) + " le10=" + registry.bucketCount("latency", 10));
        Reporter reporter = registry.new Reporter();
        System.out.println("first=" + reporter.report());
        registry.record("requests", 1);
        System.out.println("deltas=" + reporter.deltas());
        System.out.println(registry.taggedName("http", "method=GET, status=200") + " "
                + registry.taggedNameOrPlain("jvm", "") + " " + registry.taggedNameOrPlain("gc", "gen=old"));

        expectNpe("tags from blank spec", 99, () -> registry.taggedName("cpu", " "));
        BC07MetricsRegistry other = new BC07MetricsRegistry();
        other.counter("hits");
        expectNpe("deltas before first report", 40, () -> other.new Reporter().deltas());
        expectNpe("bucket count on plain counter", 81, () -> registry.bucketCount("requests", 10));
    }
}
