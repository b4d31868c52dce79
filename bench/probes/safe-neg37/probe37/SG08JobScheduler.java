package probe37;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Delayed-job scheduler keyed by due time. The job table is created by open() and discarded by
 * shutdown(); every operation obtains it through requireJobs(), which throws when it is absent.
 */
public class SG08JobScheduler {

    static final class Scheduler {
        private NavigableMap<Long, String> jobs; // null before open() and after shutdown()

        private NavigableMap<Long, String> requireJobs() {
            NavigableMap<Long, String> table = jobs;
            if (table == null) {
                throw new IllegalStateException("scheduler is not running");
            }
            return table;
        }

        public void open() {
            if (jobs != null) {
                throw new IllegalStateException("scheduler already running");
            }
            jobs = new TreeMap<>();
        }

        public void schedule(String name, long dueAt) {
            if (name == null || dueAt < 0) {
                throw new IllegalArgumentException("bad job " + name + "@" + dueAt);
            }
            NavigableMap<Long, String> table = requireJobs();
            if (table.putIfAbsent(dueAt, name) != null) {
                throw new IllegalArgumentException("slot " + dueAt + " already taken");
            }
        }

        public String peekNext() {
            Map.Entry<Long, String> first = requireJobs().firstEntry();
            if (first == null) {
                throw new NoSuchElementException("no jobs scheduled");
            }
            return first.getValue();
        }

        public List<String> pollDue(long now) {
            NavigableMap<Long, String> due = requireJobs().headMap(now, true);
            List<String> names = new ArrayList<>(due.values());
            due.clear();
            return names;
        }

        public int pending() {
            return requireJobs().size();
        }

        /** Returns the names of cancelled jobs; shutting down twice is allowed. */
        public List<String> shutdown() {
            if (jobs == null) {
                return List.of();
            }
            List<String> cancelled = new ArrayList<>(requireJobs().values());
            jobs = null;
            return cancelled;
        }
    }

    public static void main(String[] args) {
        Scheduler scheduler = new Scheduler();

        // Phase 1: before the map exists.
        expect(IllegalStateException.class, () -> scheduler.schedule("backup", 10));
        expect(IllegalStateException.class, scheduler::pending);
        expect(IllegalStateException.class, () -> scheduler.pollDue(0));
        check(scheduler.shutdown().isEmpty(), "shutdown before open");

        // Phase 2: while it exists.
        scheduler.open();
        expect(IllegalStateException.class, scheduler::open);
        expect(NoSuchElementException.class, scheduler::peekNext);
        scheduler.schedule("compact", 30);
        scheduler.schedule("backup", 10);
        scheduler.schedule("report", 20);
        expect(IllegalArgumentException.class, () -> scheduler.schedule("dup", 20));
        expect(IllegalArgumentException.class, () -> scheduler.schedule("neg", -1));
        check(scheduler.peekNext().equals("backup"), "earliest first");
        check(scheduler.pollDue(20).equals(List.of("backup", "report")), "due jobs in order");
        check(scheduler.pending() == 1, "one pending");

        // Phase 3: after it has been dropped (twice).
        check(scheduler.shutdown().equals(List.of("compact")), "cancelled compact");
        check(scheduler.shutdown().isEmpty(), "second shutdown");
        expect(IllegalStateException.class, scheduler::peekNext);
        expect(IllegalStateException.class, () -> scheduler.schedule("late", 99));

        // Phase 4: after it has been created again.
        scheduler.open();
        check(scheduler.pending() == 0, "fresh table");
        scheduler.schedule("vacuum", 5);
        check(scheduler.pollDue(4).isEmpty() && scheduler.pollDue(5).equals(List.of("vacuum")), "vacuum");
        scheduler.shutdown();
        System.out.println("SG08JobScheduler ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
