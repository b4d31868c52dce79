package probe34;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Fixed-rate job scheduler; the job table exists while the AtomicBoolean running flag is set. */
public class SD17JobScheduler {
    private static final class Job {
        final long interval;
        long nextRun;

        Job(long interval, long nextRun) {
            this.interval = interval;
            this.nextRun = nextRun;
        }
    }

    private final AtomicBoolean running = new AtomicBoolean();
    private Map<String, Job> jobs; // created by start() before running is raised, nulled after it is lowered
    private long clock;

    public synchronized void start() {
        if (running.get()) {
            throw new IllegalStateException("scheduler already running");
        }
        jobs = new TreeMap<>();
        running.set(true);
    }

    public synchronized void schedule(String name, long intervalMillis) {
        if (!running.get()) {
            throw new IllegalStateException("scheduler not running");
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        jobs.put(name, new Job(intervalMillis, clock + intervalMillis));
    }

    public synchronized List<String> tick(long millis) {
        clock += millis;
        List<String> due = new ArrayList<>();
        if (!running.get()) {
            return due;
        }
        for (Map.Entry<String, Job> e : jobs.entrySet()) {
            Job job = e.getValue();
            while (job.nextRun <= clock) {
                due.add(e.getKey());
                job.nextRun += job.interval;
            }
        }
        return due;
    }

    public synchronized boolean cancel(String name) {
        return running.get() && jobs.remove(name) != null;
    }

    public synchronized int jobCount() {
        return running.get() ? jobs.size() : 0;
    }

    public boolean isRunning() {
        return running.get();
    }

    public synchronized void shutdown() {
        if (running.getAndSet(false)) {
            jobs = null;
        }
    }

    private static void exerciseStopped(SD17JobScheduler s) {
        check(!s.isRunning(), "not running");
        expect(IllegalStateException.class, () -> s.schedule("backup", 10));
        check(s.tick(100).isEmpty(), "tick while stopped");
        check(!s.cancel("backup"), "cancel while stopped");
        check(s.jobCount() == 0, "count while stopped");
        s.shutdown();
    }

    public static void main(String[] args) {
        SD17JobScheduler scheduler = new SD17JobScheduler();
        exerciseStopped(scheduler);

        scheduler.start();
        expect(IllegalStateException.class, scheduler::start);
        scheduler.schedule("backup", 50);
        scheduler.schedule("heartbeat", 20);
        expect(IllegalArgumentException.class, () -> scheduler.schedule("bad", 0));
        check(scheduler.jobCount() == 2 && scheduler.isRunning(), "two jobs");
        check(scheduler.tick(20).equals(List.of("heartbeat")), "first tick");
        check(scheduler.tick(40).equals(List.of("backup", "heartbeat", "heartbeat")), "second tick");
        check(scheduler.cancel("heartbeat") && !scheduler.cancel("heartbeat"), "cancel");
        check(scheduler.tick(50).equals(List.of("backup")), "after cancel");

        scheduler.shutdown();
        exerciseStopped(scheduler);
        scheduler.shutdown();
        exerciseStopped(scheduler);

        scheduler.start();
        check(scheduler.jobCount() == 0, "restarted empty");
        scheduler.schedule("report", 5);
        check(scheduler.tick(5).equals(List.of("report")) && scheduler.jobCount() == 1, "restarted job");
        check(scheduler.cancel("report") && scheduler.isRunning(), "restarted cancel");
        scheduler.shutdown();
        exerciseStopped(scheduler);
        System.out.println("SD17JobScheduler ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
