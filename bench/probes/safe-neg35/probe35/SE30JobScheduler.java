package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cron-like job scheduler. The lifecycle lives in an AtomicReference; the schedule map
 * is created while the phase is STARTING and dropped while it is STOPPING, so it is
 * present exactly when the phase reads RUNNING. Public methods are synchronized.
 */
public class SE30JobScheduler {
    enum Phase { NEW, STARTING, RUNNING, STOPPING, TERMINATED }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.NEW);
    private Map<String, Long> schedule; // non-null exactly when phase is RUNNING
    private final List<String> executed = new ArrayList<>();

    public synchronized void start() {
        if (!phase.compareAndSet(Phase.NEW, Phase.STARTING) && !phase.compareAndSet(Phase.TERMINATED, Phase.STARTING)) {
            throw new IllegalStateException("cannot start from " + phase.get());
        }
        schedule = new ConcurrentHashMap<>();
        phase.set(Phase.RUNNING);
    }

    public synchronized void schedule(String job, long at) {
        if (at < 0) {
            throw new IllegalArgumentException("negative time for " + job);
        }
        if (phase.get() != Phase.RUNNING) {
            throw new IllegalStateException("scheduler is " + phase.get());
        }
        schedule.put(job, at);
    }

    public synchronized int tick(long now) {
        if (phase.get() != Phase.RUNNING) {
            return 0;
        }
        List<String> due = new ArrayList<>();
        schedule.forEach((job, at) -> {
            if (at <= now) {
                due.add(job);
            }
        });
        due.sort(null);
        for (String job : due) {
            schedule.remove(job);
            executed.add(job + "@" + now);
        }
        return due.size();
    }

    public synchronized int pending() {
        return phase.get() == Phase.RUNNING ? schedule.size() : 0;
    }

    public synchronized int shutdown() {
        if (!phase.compareAndSet(Phase.RUNNING, Phase.STOPPING)) {
            return -1;
        }
        int discarded = schedule.size();
        schedule = null;
        phase.set(Phase.TERMINATED);
        return discarded;
    }

    public static void main(String[] args) {
        SE30JobScheduler scheduler = new SE30JobScheduler();
        check(scheduler.pending() == 0 && scheduler.tick(100) == 0 && scheduler.shutdown() == -1, "new");
        expect(IllegalStateException.class, () -> scheduler.schedule("backup", 10));

        scheduler.start();
        expect(IllegalStateException.class, scheduler::start);
        scheduler.schedule("backup", 10);
        scheduler.schedule("report", 20);
        scheduler.schedule("cleanup", 5);
        expect(IllegalArgumentException.class, () -> scheduler.schedule("bad", -1));
        check(scheduler.tick(10) == 2 && scheduler.pending() == 1, "tick");
        check(scheduler.executed.equals(List.of("backup@10", "cleanup@10")), "ordered " + scheduler.executed);
        check(scheduler.shutdown() == 1, "discarded report");

        for (int round = 0; round < 2; round++) {
            check(scheduler.shutdown() == -1 && scheduler.pending() == 0 && scheduler.tick(50) == 0, "terminated");
            expect(IllegalStateException.class, () -> scheduler.schedule("report", 20));
        }

        scheduler.start();
        scheduler.schedule("report", 20);
        check(scheduler.pending() == 1 && scheduler.tick(25) == 1, "restarted");
        check(scheduler.shutdown() == 0, "clean shutdown");
        System.out.println("SE30JobScheduler ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
