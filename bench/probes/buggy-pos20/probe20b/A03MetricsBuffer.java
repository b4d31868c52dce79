package probe20b;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buffers metric deltas between {@link #start()} and {@link #stop()} and keeps
 * lifetime totals in a lazily created map.
 */
public class A03MetricsBuffer {

    private static final String FILE = "A03MetricsBuffer.java";

    private Map<String, Long> totals;     // created on first use, see totals()
    private Map<String, Long> pending;    // exists only while running
    private boolean running;
    private boolean closed;

    private Map<String, Long> totals() {
        if (totals == null) {
            totals = new TreeMap<>();
        }
        return totals;
    }

    public void start() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        pending = new HashMap<>();
        running = true;
    }

    public void stop() {
        flush();
        pending = null;
        running = false;
    }

    public void close() {
        stop();
        closed = true;
    }

    public void record(String metric, long delta) {
        totals().merge(metric, delta, Long::sum);
        if (running) {
            pending.merge(metric, delta, Long::sum);
        }
    }

    /** Drops a metric that has not been shipped yet. */
    public void discard(String metric) {
        if (!closed) {
            pending.remove(metric); // BUG
        }
    }

    /** Ships pending deltas; returns how many metrics were shipped. */
    public int flush() {
        if (!running) {
            return 0;
        }
        int shipped = pending.size();
        pending.clear();
        return shipped;
    }

    public long total(String metric) {
        return totals().getOrDefault(metric, 0L);
    }

    public int distinctMetrics() {
        return totals.size(); // BUG
    }

    public static void main(String[] args) {
        A03MetricsBuffer buf = new A03MetricsBuffer();
        assert buf.flush() == 0;
        assert buf.total("rps") == 0;
        buf.start();
        buf.record("rps", 3);
        buf.record("errors", 1);
        buf.discard("errors");
        assert buf.flush() == 1;
        assert buf.distinctMetrics() == 2;
        buf.close();
        buf.discard("rps");
        buf.record("rps", 1);
        assert buf.total("rps") == 4;

        prove(56, () -> {
            A03MetricsBuffer b = new A03MetricsBuffer();
            b.start();
            b.stop();
            b.discard("rps");
        });
        prove(75, () -> new A03MetricsBuffer().distinctMetrics());
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
