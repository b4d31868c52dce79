package probe16p;

import java.util.HashMap;
import java.util.Map;

public class Q08MetricsCollector {
    private final String prefix;
    private Map<String, Long> counters;

    public Q08MetricsCollector(String prefix) {
        this.prefix = prefix;
    }

    private Map<String, Long> getCounters() {
        if (counters == null) {
            counters = new HashMap<>();
        }
        return counters;
    }

    public void increment(String name) {
        getCounters().merge(prefix + name, 1L, Long::sum);
    }

    public long value(String name) {
        return getCounters().getOrDefault(prefix + name, 0L);
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> entry : counters.entrySet()) { // BUG
            out.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        return out.toString();
    }

    public void reset() {
        counters.clear(); // BUG
    }

    public static void main(String[] args) {
        Q08MetricsCollector http = new Q08MetricsCollector("http.");
        http.increment("requests");
        http.increment("requests");
        System.out.print(http.report());
        http.reset();
        System.out.println("after reset = " + http.value("requests"));

        prove("report before any metric", () -> new Q08MetricsCollector("db.").report());
        prove("reset before any metric", () -> new Q08MetricsCollector("cache.").reset());
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
