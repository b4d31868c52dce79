package probe33;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cron-like scheduler driven by a logical clock (as in Quartz's RAMJobStore). Scheduled
 * jobs live in a map that start() creates and shutdown() discards. All entry points ask
 * {@link #isRunning()} first.
 */
public class SC21TaskScheduler {

    private static final class Job {
        final String name;
        final long period;
        long nextFire;
        int runs;

        Job(String name, long period, long nextFire) {
            this.name = name;
            this.period = period;
            this.nextFire = nextFire;
        }
    }

    private Map<String, Job> jobs;
    private boolean started;
    private boolean shutdown;
    private long clock;

    public boolean isRunning() {
        return started && !shutdown;
    }

    public void start() {
        if (isRunning()) {
            throw new IllegalStateException("scheduler already running");
        }
        jobs = new TreeMap<>();
        started = true;
        shutdown = false;
    }

    public void shutdown() {
        shutdown = true;
        jobs = null;
    }

    public void schedule(String name, long period) {
        if (!isRunning()) {
            throw new IllegalStateException("scheduler is not running");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("period must be > 0");
        }
        jobs.put(name, new Job(name, period, clock + period));
    }

    public boolean unschedule(String name) {
        return isRunning() && jobs.remove(name) != null;
    }

    /** Advances the clock and returns the names of the jobs that fired. */
    public List<String> advance(long millis) {
        clock += millis;
        List<String> fired = new ArrayList<>();
        if (!isRunning()) {
            return fired;
        }
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job j = it.next();
            while (j.nextFire <= clock) {
                j.runs++;
                j.nextFire += j.period;
                fired.add(j.name);
            }
        }
        return fired;
    }

    public int runsOf(String name) {
        if (!isRunning()) {
            return -1;
        }
        Job j = jobs.get(name);
        return j == null ? 0 : j.runs;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void stoppedPhase(SC21TaskScheduler s) {
        check(!s.isRunning(), "not running");
        try {
            s.schedule("x", 10);
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(!s.unschedule("x"), "nothing to unschedule");
        check(s.advance(100).isEmpty(), "nothing fires");
        check(s.runsOf("x") == -1, "no runs");
    }

    public static void main(String[] args) {
        SC21TaskScheduler s = new SC21TaskScheduler();
        stoppedPhase(s);
        s.shutdown();
        stoppedPhase(s);

        s.start();
        try {
            s.start();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        try {
            s.schedule("bad", 0);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        s.schedule("heartbeat", 10);
        s.schedule("cleanup", 25);
        check(s.advance(30).equals(List.of("cleanup", "heartbeat", "heartbeat", "heartbeat")), "fired");
        check(s.runsOf("heartbeat") == 3 && s.runsOf("missing") == 0, "runs");
        check(s.unschedule("cleanup") && !s.unschedule("cleanup"), "unscheduled");

        for (int i = 0; i < 2; i++) {
            s.shutdown();
            stoppedPhase(s);
        }
        s.start();
        s.schedule("report", 5);
        check(s.advance(5).equals(List.of("report")) && s.runsOf("report") == 1, "restarted");
        check(s.runsOf("heartbeat") == 0, "old jobs gone");
        System.out.println("SC21 ok");
    }
}
