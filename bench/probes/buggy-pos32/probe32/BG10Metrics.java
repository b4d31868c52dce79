package probe32;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

public final class BG10Metrics {
    private static final String FILE = "BG10Metrics.java";

    interface Timer {
        long stop();
    }

    static final class Defaults {
        static final MetricRegistry GLOBAL = new MetricRegistry(true);
        static final Map<String, String> COMMON_TAGS = commonTags();

        private static Map<String, String> commonTags() {
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("host", "probe-1");
            tags.put("region", "eu");
            return Collections.unmodifiableMap(tags);
        }
    }

    static final class MetricRegistry {
        private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();
        private final Map<String, String> extraTags = new TreeMap<>();
        private final Map<String, String> baseTags;
        private final boolean histogramsEnabled;
        private Map<String, List<Long>> histograms;
        private long clock;

        MetricRegistry(boolean withHistograms) {
            this.baseTags = Defaults.COMMON_TAGS;
            this.histogramsEnabled = withHistograms;
            if (withHistograms) {
                histograms = new ConcurrentHashMap<>();
            }
        }

        void increment(String name) {
            counters.computeIfAbsent(name, k -> new LongAdder()).increment();
        }

        long count(String name) {
            LongAdder adder = counters.get(name);
            return adder == null ? 0L : adder.sum();
        }

        void tag(String key, String value) {
            extraTags.put(key, value);
        }

        void advance(long ticks) {
            clock += ticks;
        }

        void observe(String name, long value) {
            if (histogramsEnabled) {
                histograms.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }

        Timer startTimer(String name) {
            long start = clock;
            return new Timer() {
                @Override
                public long stop() {
                    long elapsed = clock - start;
                    histograms.computeIfAbsent(name, k -> new ArrayList<>()).add(elapsed);
                    return elapsed;
                }
            };
        }

        long max(String name) {
            Map<String, List<Long>> h = histograms;
            List<Long> samples = h == null ? null : h.get(name);
            return samples == null ? -1L : Collections.max(samples);
        }

        String render(String name) {
            StringBuilder out = new StringBuilder(name).append('{');
            baseTags.forEach((k, v) -> out.append(k).append('=').append(v).append(','));
            extraTags.forEach((k, v) -> out.append(k).append('=').append(v).append(','));
            return out.append("} ").append(count(name)).toString();
        }

        String hostTag() {
            Map<String, String> base = baseTags;
            return base != null && base.containsKey("host") ? base.get("host") : "unknown";
        }
    }

    public static void main(String[] args) throws Exception {
        MetricRegistry full = new MetricRegistry(true);
        full.increment("requests");
        full.increment("requests");
        full.tag("service", "api");
        Timer timer = full.startTimer("latency");
        full.advance(42);
        full.observe("latency", 7);
        System.out.println("elapsed=" + timer.stop() + " max=" + full.max("latency") + " " + full.render("requests"));
        MetricRegistry lite = new MetricRegistry(false);
        lite.observe("latency", 3);
        lite.increment("errors");
        System.out.println("lite max=" + lite.max("latency") + " " + lite.render("errors") + " host=" + lite.hostTag());
        System.out.println("global host=" + Defaults.GLOBAL.hostTag() + " max=" + Defaults.GLOBAL.max("gc"));

        Timer liteTimer = lite.startTimer("db");
        lite.advance(5);
        expectNpe(77, liteTimer::stop);

        Defaults.GLOBAL.increment("boot");
        expectNpe(91, () -> Defaults.GLOBAL.render("boot"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
