package probe22b;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** Job scheduler of a single-threaded event loop; the loop's timer queue holds the Runnables from handleFor(). */
public class E05JobScheduler {

    private static final String FILE = "E05JobScheduler.java";

    private final LongSupplier clock;
    private final Map<String, Runnable> jobs = new LinkedHashMap<>();
    private Map<String, Long> lastRun = new HashMap<>();
    private Map<String, Integer> failures = new HashMap<>();
    private boolean shutdown;

    public E05JobScheduler(LongSupplier clock) {
        this.clock = clock;
    }

    public void register(String name, Runnable job) {
        if (shutdown) {
            throw new IllegalStateException("scheduler is shut down");
        }
        jobs.put(name, wrap(name, job));
    }

    /** Wraps a job so that the scheduler records when it last finished and how often it failed. */
    private Runnable wrap(String name, Runnable job) {
        return () -> {
            boolean ok;
            try {
                job.run();
                ok = true;
            } catch (IllegalArgumentException | IllegalStateException e) {
                ok = false;
            }
            if (ok) {
                lastRun.put(name, clock.getAsLong()); // BUG
            } else {
                failures.merge(name, 1, Integer::sum); // BUG
            }
        };
    }

    public Runnable handleFor(String name) {
        return jobs.get(name);
    }

    public void tick() {
        if (shutdown) {
            return;
        }
        for (Runnable r : jobs.values()) {
            r.run();
        }
    }

    public Long lastRunOf(String name) {
        return lastRun.get(name); // BUG
    }

    public String status(String name) {
        if (shutdown) {
            return name + ": stopped";
        }
        return name + ": last=" + lastRun.get(name) + " failures=" + failures.getOrDefault(name, 0);
    }

    public void shutdown() {
        shutdown = true;
        jobs.clear();
        lastRun = null;
        failures = null;
    }

    public static void main(String[] args) {
        long[] now = {1000};
        E05JobScheduler s = new E05JobScheduler(() -> now[0]);
        s.register("cleanup", () -> now[0] += 5);
        s.register("report", () -> {
            if (now[0] > 1005) {
                throw new IllegalStateException("report store offline");
            }
        });
        s.tick();
        assert s.lastRunOf("cleanup") == 1005 && s.lastRunOf("report") == 1005;
        s.tick();
        assert s.status("report").equals("report: last=1005 failures=1");
        Runnable cleanupHandle = s.handleFor("cleanup");
        Runnable reportHandle = s.handleFor("report");
        s.shutdown();
        s.tick();
        assert s.status("cleanup").equals("cleanup: stopped") && s.handleFor("cleanup") == null;

        prove(41, cleanupHandle);
        prove(43, reportHandle);
        prove(62, () -> s.lastRunOf("cleanup"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
