package probe21b;

import java.util.TreeMap;

/**
 * Metric registries of the batch scheduler. The base registry owns a sorted counter map; the
 * timed registry rolls its windows over instead of discarding them.
 */
public class C09MetricsRegistry {

    private static final String FILE = "C09MetricsRegistry.java";

    /** Counters by metric name; {@code null} after {@link #reset()} until the next increment. */
    protected TreeMap<String, Long> counters = new TreeMap<>();

    public void increment(String name) {
        if (counters == null) {
            counters = new TreeMap<>();
        }
        counters.merge(name, 1L, Long::sum);
    }

    /** Discards all counters. */
    public void reset() {
        counters = null;
    }

    /** Starts a new reporting window, keeping every known counter at zero. */
    public void rollOver() {
        TreeMap<String, Long> next = new TreeMap<>();
        if (counters != null) {
            counters.keySet().forEach(k -> next.put(k, 0L));
        }
        counters = next;
    }

    /** Whether the registry keeps its counter names from one window to the next. */
    protected boolean keepsHistory() {
        return false;
    }

    /** Closes the reporting window; returns how many counters carry over into the next one. */
    public int closeWindow() {
        reset();
        return keepsHistory() ? counters.size() : 0; // BUG
    }

    /** Registry of job timings; a reset only rolls the window over. */
    static final class TimedRegistry extends C09MetricsRegistry {
        @Override
        public void reset() {
            super.rollOver();
        }

        @Override
        protected boolean keepsHistory() {
            return true;
        }

        void window(String job, long micros) {
            super.rollOver();
            counters.put(job + ".micros", micros);
        }

        void restart(String job) {
            super.reset();
            counters.put(job + ".restarts", 1L); // BUG
        }

        int retained() {
            reset();
            return counters.size();
        }
    }

    /** Registry whose windows are archived elsewhere; it reports history but keeps the base reset. */
    static final class ArchivingRegistry extends C09MetricsRegistry {
        @Override
        protected boolean keepsHistory() {
            return true;
        }
    }

    public static void main(String[] args) {
        C09MetricsRegistry base = new C09MetricsRegistry();
        base.increment("jobs.started");
        int n = base.closeWindow();
        base.increment("jobs.started");
        base.rollOver();
        TimedRegistry timed = new TimedRegistry();
        timed.increment("etl.runs");
        timed.window("etl", 1200L);
        n += timed.closeWindow() + timed.retained();
        ArchivingRegistry archiving = new ArchivingRegistry();
        archiving.increment("exports");
        archiving.rollOver();
        System.out.println("safe: " + n);

        prove(FILE, 45, () -> new ArchivingRegistry().closeWindow());
        prove(FILE, 67, () -> new TimedRegistry().restart("etl"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
