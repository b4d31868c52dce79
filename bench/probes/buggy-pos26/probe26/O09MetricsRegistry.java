package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

public class O09MetricsRegistry {

    public static final O09MetricsRegistry DEFAULT = new O09MetricsRegistry("default");
    private static final Map<String, String> UNITS = defaultUnits();

    private final String name;
    private final Map<String, String> units;
    private final Map<String, Long> counters = new TreeMap<>();
    private Map<String, Long> gauges;

    public O09MetricsRegistry(String name) {
        this.name = name;
        this.units = UNITS;
    }

    private static Map<String, String> defaultUnits() {
        Map<String, String> m = new HashMap<>();
        m.put("latency", "ms");
        m.put("payload", "bytes");
        m.put("heap", "MiB");
        return m;
    }

    public void increment(String metric, long by) {
        counters.merge(metric, by, Long::sum);
    }

    public void gauge(String metric, long value) {
        if (gauges == null) {
            gauges = new LinkedHashMap<>();
        }
        gauges.put(metric, value);
    }

    public long gaugeValue(String metric) {
        return gauges == null ? 0L : gauges.getOrDefault(metric, 0L);
    }

    public String format(String metric, long value) {
        String unit = units.getOrDefault(metric, "");
        return name + "." + metric + "=" + value + (unit.isEmpty() ? "" : " " + unit);
    }

    private Map<String, Long> series(String kind) {
        switch (kind) {
            case "counter":
                return counters;
            case "gauge":
                return gauges;
            default:
                throw new IllegalArgumentException("unknown series " + kind);
        }
    }

    public String export(String kind) {
        StringJoiner out = new StringJoiner("\n");
        for (Map.Entry<String, Long> e : series(kind).entrySet()) {
            out.add(format(e.getKey(), e.getValue()));
        }
        return out.toString();
    }

    public int seriesCount() {
        Map<String, Long> g = series("gauge");
        return counters.size() + (g == null ? 0 : g.size());
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O09MetricsRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O09MetricsRegistry.java:" + line + " OK");
        } else {
            System.out.println("MISS O09MetricsRegistry.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O09MetricsRegistry api = new O09MetricsRegistry("api");
        api.increment("requests", 1);
        api.increment("latency", 40);
        api.increment("requests", 2);
        String counters = api.export("counter");
        if (!counters.equals("api.latency=40 ms\napi.requests=3") || api.seriesCount() != 2 || api.gaugeValue("heap") != 0) {
            throw new IllegalStateException("counters: " + counters);
        }
        api.gauge("heap", 512);
        if (!api.export("gauge").equals("api.heap=512 MiB") || api.seriesCount() != 3) {
            throw new IllegalStateException("gauges");
        }
        DEFAULT.increment("boot", 1);
        DEFAULT.gauge("threads", 4);
        if (DEFAULT.seriesCount() != 2 || DEFAULT.gaugeValue("threads") != 4) {
            throw new IllegalStateException("default registry");
        }

        expectNpe(48, () -> DEFAULT.export("counter"));
        expectNpe(65, () -> {
            O09MetricsRegistry worker = new O09MetricsRegistry("worker");
            worker.increment("jobs", 5);
            worker.export("gauge");
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
