package probe36;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tick-driven job scheduler with a Guava-Service-like lifecycle held in an AtomicReference.
 * Transitions use compareAndSet; the job table is assigned while STARTING and dropped while STOPPING,
 * so it is non-null whenever the phase reads RUNNING. Operations check the phase only.
 */
public final class SF21JobScheduler {
    enum Phase { NEW, STARTING, RUNNING, STOPPING, TERMINATED }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.NEW);
    private LinkedHashMap<String, Integer> jobs; // job name -> period in ticks; non-null whenever phase == RUNNING
    private long tick;

    public synchronized void start() {
        if (!phase.compareAndSet(Phase.NEW, Phase.STARTING) && !phase.compareAndSet(Phase.TERMINATED, Phase.STARTING)) {
            throw new IllegalStateException("cannot start from " + phase.get());
        }
        jobs = new LinkedHashMap<>();
        tick = 0;
        phase.set(Phase.RUNNING);
    }

    public synchronized void stop() {
        if (!phase.compareAndSet(Phase.RUNNING, Phase.STOPPING)) {
            throw new IllegalStateException("cannot stop from " + phase.get());
        }
        jobs = null;
        phase.set(Phase.TERMINATED);
    }

    public synchronized void schedule(String name, int periodTicks) {
        if (periodTicks <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        if (phase.get() != Phase.RUNNING) {
            throw new IllegalStateException("scheduler is " + phase.get());
        }
        if (jobs.putIfAbsent(name, periodTicks) != null) {
            throw new IllegalArgumentException("job " + name + " already scheduled");
        }
    }

    public synchronized boolean cancel(String name) {
        if (phase.get() != Phase.RUNNING) {
            throw new IllegalStateException("scheduler is " + phase.get());
        }
        return jobs.remove(name) != null;
    }

    public synchronized List<String> advance(int ticks) {
        List<String> fired = new ArrayList<>();
        if (phase.get() != Phase.RUNNING) {
            return fired;
        }
        for (int t = 0; t < ticks; t++) {
            tick++;
            for (Map.Entry<String, Integer> job : jobs.entrySet()) {
                if (tick % job.getValue() == 0) {
                    fired.add(job.getKey() + "@" + tick);
                }
            }
        }
        return fired;
    }

    public synchronized int jobCount() {
        return phase.get() == Phase.RUNNING ? jobs.size() : 0;
    }

    /** Lock-free status read for health checks on other threads. */
    public Phase phase() {
        return phase.get();
    }

    public static void main(String[] args) {
        SF21JobScheduler scheduler = new SF21JobScheduler();
        // Phase 1: NEW.
        expect(IllegalStateException.class, () -> scheduler.schedule("gc", 5));
        expect(IllegalStateException.class, () -> scheduler.cancel("gc"));
        expect(IllegalStateException.class, scheduler::stop);
        check(scheduler.advance(10).isEmpty() && scheduler.jobCount() == 0, "inert while NEW");
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): RUNNING.
            scheduler.start();
            check(scheduler.phase() == Phase.RUNNING, "running");
            expect(IllegalStateException.class, scheduler::start);
            scheduler.schedule("flush", 2);
            scheduler.schedule("compact", 3);
            expect(IllegalArgumentException.class, () -> scheduler.schedule("flush", 4));
            expect(IllegalArgumentException.class, () -> scheduler.schedule("zero", 0));
            check(scheduler.advance(3).equals(List.of("flush@2", "compact@3")), "first three ticks");
            check(scheduler.cancel("compact") && !scheduler.cancel("compact"), "cancel once");
            check(scheduler.advance(1).equals(List.of("flush@4")) && scheduler.jobCount() == 1, "only flush left");
            // Phase 3: TERMINATED (twice over the loop).
            scheduler.stop();
            check(scheduler.phase() == Phase.TERMINATED, "terminated");
            check(scheduler.advance(5).isEmpty() && scheduler.jobCount() == 0, "inert after stop");
            expect(IllegalStateException.class, () -> scheduler.schedule("late", 1));
            expect(IllegalStateException.class, () -> scheduler.cancel("flush"));
            expect(IllegalStateException.class, scheduler::stop);
        }
        scheduler.start();
        check(scheduler.jobCount() == 0, "restarted with an empty table");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
