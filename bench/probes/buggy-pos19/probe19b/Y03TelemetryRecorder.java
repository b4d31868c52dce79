package probe19b;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process telemetry. Feature switches are JVM flags read once at class load: tracing is on
 * by default, in-memory metrics and the span debug table are opt-in.
 */
public class Y03TelemetryRecorder {

    static final boolean METRICS = Boolean.getBoolean("telemetry.metrics");
    static final boolean TRACING = !Boolean.getBoolean("telemetry.tracing.off");
    static final boolean DEBUG_SPANS = Boolean.getBoolean("telemetry.debugSpans");

    private final Map<String, Long> counters;
    private final Map<String, Long> spanMillis; // span name -> accumulated duration
    private final Map<String, String> lastError = new ConcurrentHashMap<>();

    Y03TelemetryRecorder() {
        counters = METRICS ? new ConcurrentHashMap<>() : null;
        // spans are shipped to the collector; the in-memory table is only for debugging
        spanMillis = DEBUG_SPANS ? new LinkedHashMap<>() : null;
    }

    void increment(String name) {
        if (METRICS) {
            counters.merge(name, 1L, Long::sum);
        }
    }

    long count(String name) {
        if (!METRICS) {
            return -1;
        }
        return counters.getOrDefault(name, 0L);
    }

    void error(String component, String message) {
        lastError.put(component, message);
    }

    void endSpan(String name, long startedAt, long endedAt) {
        if (TRACING) {
            spanMillis.merge(name, endedAt - startedAt, Long::sum); // BUG
        }
    }

    String debugSpans() {
        if (!DEBUG_SPANS) {
            return "span table disabled";
        }
        StringBuilder sb = new StringBuilder();
        spanMillis.forEach((k, v) -> sb.append(k).append(": ").append(v).append("ms\n"));
        return sb.toString();
    }

    /** Written to the log at shutdown. */
    String dump() {
        StringBuilder sb = new StringBuilder("errors=").append(lastError).append('\n');
        counters.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n')); // BUG
        return sb.toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y03TelemetryRecorder.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y03TelemetryRecorder.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y03TelemetryRecorder t = new Y03TelemetryRecorder();
        t.increment("http.requests");
        t.error("db", "timeout");
        System.out.println("count=" + t.count("http.requests") + " " + t.debugSpans()
                + " flags=" + METRICS + "/" + TRACING + "/" + DEBUG_SPANS);

        prove(46, () -> t.endSpan("checkout", 1_000L, 1_250L));
        prove(62, () -> System.out.println(t.dump()));
    }
}
