package probe17p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Queued jobs capture 'this' and touch statistics maps that reset() drops; queued jobs survive reset(). */
public class R17JobScheduler {

    private final List<Runnable> pending = new ArrayList<>();
    private Map<String, Integer> runCounts = new HashMap<>();
    private ConcurrentHashMap<String, Long> lastRun = new ConcurrentHashMap<>();

    public void schedule(String job) {
        pending.add(() -> runCounts.merge(job, 1, Integer::sum)); // BUG
    }

    public void scheduleAt(String job, long timestamp) {
        pending.add(() -> {
            lastRun.put(job, timestamp); // BUG
        });
    }

    /** Drops statistics; start() is expected to be called afterwards. */
    public void reset() {
        runCounts = null;
        lastRun = null;
    }

    public void start() {
        runCounts = new HashMap<>();
        lastRun = new ConcurrentHashMap<>();
    }

    public int runPending() {
        List<Runnable> batch = new ArrayList<>(pending);
        pending.clear();
        for (Runnable r : batch) {
            r.run();
        }
        return batch.size();
    }

    public String stats() {
        return "runs=" + runCounts + " last=" + lastRun;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R17JobScheduler.java:" + line;
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
        if (top != null && "R17JobScheduler.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R17JobScheduler s = new R17JobScheduler();
        s.schedule("backup");
        s.scheduleAt("report", 1_700_000_000L);
        s.reset();
        s.start();
        System.out.println("ran " + s.runPending() + " " + s.stats());

        prove(17, () -> {
            R17JobScheduler sched = new R17JobScheduler();
            sched.schedule("backup");
            sched.reset(); // operator hits "reset stats" while jobs are queued
            sched.runPending();
        });
        prove(22, () -> {
            R17JobScheduler sched = new R17JobScheduler();
            sched.scheduleAt("report", 42L);
            sched.reset();
            sched.runPending();
        });
    }
}
