package probe38;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Priority job scheduler with an explicit lifecycle.
 *
 * <p>State machine: NEW -> RUNNING <-> PAUSED -> STOPPED -> RUNNING ... The
 * queue map is non-null exactly in RUNNING and PAUSED; every method decides
 * by switching on the state, never by testing the map. Single-threaded.
 */
public final class SH13JobScheduler {

    public enum State { NEW, RUNNING, PAUSED, STOPPED }

    private State state = State.NEW;
    private Map<String, Integer> queue; // job -> priority; non-null exactly in RUNNING and PAUSED
    private final List<String> executed = new ArrayList<>();

    public State state() {
        return state;
    }

    public void start() {
        switch (state) {
            case NEW, STOPPED -> {
                queue = new LinkedHashMap<>();
                state = State.RUNNING;
            }
            case PAUSED -> state = State.RUNNING;
            case RUNNING -> { }
        }
    }

    public void pause() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("cannot pause in state " + state);
        }
        state = State.PAUSED;
    }

    public void stop() {
        switch (state) {
            case RUNNING, PAUSED -> {
                queue = null;
                state = State.STOPPED;
            }
            case NEW, STOPPED -> state = State.STOPPED;
        }
    }

    public void submit(String job, int priority) {
        if (job == null || job.isEmpty()) {
            throw new IllegalArgumentException("job");
        }
        switch (state) {
            case RUNNING, PAUSED -> queue.merge(job, priority, Integer::max);
            case NEW, STOPPED -> throw new IllegalStateException("scheduler is " + state);
        }
    }

    /** Runs up to {@code max} jobs, highest priority first; only while RUNNING. */
    public List<String> runNext(int max) {
        if (state != State.RUNNING) {
            return List.of();
        }
        List<String> ran = new ArrayList<>();
        while (ran.size() < max && !queue.isEmpty()) {
            String best = null;
            int bestPriority = Integer.MIN_VALUE;
            for (Map.Entry<String, Integer> e : queue.entrySet()) {
                if (best == null || e.getValue() > bestPriority) {
                    best = e.getKey();
                    bestPriority = e.getValue();
                }
            }
            queue.remove(best);
            ran.add(best);
        }
        executed.addAll(ran);
        return ran;
    }

    public int pending() {
        return switch (state) {
            case RUNNING, PAUSED -> queue.size();
            case NEW, STOPPED -> 0;
        };
    }

    public static void main(String[] args) {
        SH13JobScheduler s = new SH13JobScheduler();
        // phase 1: before the map exists (NEW)
        check(s.pending() == 0 && s.runNext(5).isEmpty(), "idle when NEW");
        expect(IllegalStateException.class, () -> s.submit("a", 1));
        expect(IllegalStateException.class, s::pause);
        // phase 2: while it exists (RUNNING / PAUSED)
        s.start();
        s.submit("compact", 1);
        s.submit("backup", 5);
        s.submit("reindex", 3);
        s.submit("compact", 9);
        check(s.runNext(2).equals(List.of("compact", "backup")), "priority order");
        s.pause();
        s.submit("vacuum", 2);
        check(s.runNext(5).isEmpty() && s.pending() == 2, "paused keeps queue");
        s.start();
        check(s.runNext(5).equals(List.of("reindex", "vacuum")), "resumed");
        s.submit("late", 0);
        // phase 3: after it is dropped (twice)
        s.stop();
        s.stop();
        check(s.state() == State.STOPPED && s.pending() == 0 && s.runNext(1).isEmpty(), "stopped");
        expect(IllegalStateException.class, () -> s.submit("b", 1));
        expect(IllegalStateException.class, s::pause);
        // phase 4: created again
        s.start();
        check(s.pending() == 0, "late job was discarded");
        s.submit("fresh", 1);
        check(s.runNext(1).equals(List.of("fresh")), "fresh queue");
        System.out.println("SH13JobScheduler OK executed=" + s.executed);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
