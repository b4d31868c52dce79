package probe18p;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** Micrometer-like latency histogram whose bucket boundaries come from configuration. */
public class V03LatencyHistogram {

    private final String meterName;
    private volatile boolean started;
    private NavigableMap<Double, LongAdder> buckets;
    private final LongAdder overflow = new LongAdder();

    public V03LatencyHistogram(String meterName) {
        this.meterName = meterName;
    }

    /** @param boundaries comma separated upper bounds in milliseconds, e.g. "5,10,50,250" */
    public void start(String boundaries) {
        if (started) {
            return;
        }
        started = true;
        buckets = createBuckets(boundaries);
    }

    private static NavigableMap<Double, LongAdder> createBuckets(String boundaries) {
        NavigableMap<Double, LongAdder> m = new TreeMap<>();
        for (String b : boundaries.split(",")) {
            m.put(Double.parseDouble(b.trim()), new LongAdder());
        }
        return m;
    }

    public void observe(double millis) {
        if (!started) {
            throw new IllegalStateException(meterName + " not started");
        }
        Map.Entry<Double, LongAdder> bucket = buckets.ceilingEntry(millis); // BUG
        if (bucket == null) {
            overflow.increment();
        } else {
            bucket.getValue().increment();
        }
    }

    public String snapshot() {
        if (!started) {
            return meterName + " {}";
        }
        StringBuilder sb = new StringBuilder(meterName).append(" {");
        buckets.forEach((le, n) -> sb.append(" le=").append(le).append(':').append(n.sum())); // BUG
        return sb.append(" +Inf:").append(overflow.sum()).append(" }").toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V03LatencyHistogram.java:" + line;
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
        if (top != null && "V03LatencyHistogram.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V03LatencyHistogram ok = new V03LatencyHistogram("http.server.requests");
        ok.start("5, 10, 50, 250");
        ok.observe(7.5);
        ok.observe(900);
        System.out.println(ok.snapshot());
        System.out.println(new V03LatencyHistogram("idle").snapshot());

        prove(41, () -> {
            V03LatencyHistogram h = new V03LatencyHistogram("db.query");
            try {
                h.start("5, 10, 50ms");
            } catch (NumberFormatException e) {
                System.out.println("bad bucket config ignored: " + e.getMessage());
            }
            h.start("5, 10, 50");
            h.observe(12);
        });
        prove(54, () -> {
            V03LatencyHistogram h = new V03LatencyHistogram("cache.get");
            try {
                h.start("1;2;3");
            } catch (NumberFormatException e) {
                System.out.println("bad bucket config ignored: " + e.getMessage());
            }
            System.out.println(h.snapshot());
        });
    }
}
