package probe23b;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Metrics library; shutdown() drops the histogram map but inner Timer objects and reporters outlive it. */
public class G08MetricsRegistry {
    private static final String FILE = "G08MetricsRegistry.java";
    private static final int L1 = 26;
    private static final int L2 = 49;

    private ConcurrentHashMap<String, long[]> histograms = new ConcurrentHashMap<>();
    private final List<String> reports = new ArrayList<>();

    final class Timer {
        private final String name;

        Timer(String name) {
            this.name = name;
            histograms.putIfAbsent(name, new long[2]);
        }

        void record(long nanos) {
            long[] h = histograms.get(name); // BUG
            h[0]++;
            h[1] += nanos;
        }

        void recordIfRunning(long nanos) {
            Map<String, long[]> m = histograms;
            long[] h = m == null ? null : m.get(name);
            if (h != null) {
                h[0]++;
                h[1] += nanos;
            }
        }
    }

    Timer timer(String name) {
        return new Timer(name);
    }

    Runnable reporter() {
        return new Runnable() {
            @Override
            public void run() {
                for (Map.Entry<String, long[]> e : histograms.entrySet()) { // BUG
                    reports.add(e.getKey() + "=" + e.getValue()[0]);
                }
            }
        };
    }

    Runnable guardedReporter() {
        return new Runnable() {
            @Override
            public void run() {
                if (histograms == null) {
                    return;
                }
                for (Map.Entry<String, long[]> e : histograms.entrySet()) {
                    reports.add(e.getKey() + "=" + e.getValue()[0]);
                }
            }
        };
    }

    long count(String name) {
        if (histograms == null) {
            return 0;
        }
        long[] h = histograms.get(name);
        return h == null ? 0 : h[0];
    }

    void shutdown() {
        histograms = null;
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G08MetricsRegistry reg = new G08MetricsRegistry();
        Timer t = reg.timer("http.requests");
        t.record(100);
        t.recordIfRunning(50);
        assert reg.count("http.requests") == 2;
        reg.reporter().run();
        assert reg.reports.contains("http.requests=2");
        Runnable guarded = reg.guardedReporter();
        reg.shutdown();
        guarded.run();
        t.recordIfRunning(10);
        assert reg.count("http.requests") == 0;
        assert reg.reports.size() == 1;

        try {
            G08MetricsRegistry r = new G08MetricsRegistry();
            Timer db = r.timer("db.query");
            r.shutdown();
            db.record(5);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G08MetricsRegistry r = new G08MetricsRegistry();
            Runnable rep = r.reporter();
            r.shutdown();
            rep.run();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
