package probe39;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Timer queue of a game loop: jobs are scheduled some ticks ahead and fire when the loop advances.
 * The timeline map is only allocated while jobs are pending. {@code pending} counts the jobs in it
 * (every list in the map is non-empty), so the map is non-null exactly when {@code pending > 0};
 * every method tests the counter, and the map is dropped whenever the counter returns to zero.
 *
 * <p>This class is single-threaded: the game loop thread owns it.
 */
public final class SI39TickScheduler {
    private static final long MAX_DELAY = 1_000_000L;

    private TreeMap<Long, List<String>> timeline; // due tick -> jobs; non-null iff pending > 0
    private int pending;
    private long now;

    public void schedule(String job, long delayTicks) {
        if (job == null || job.isBlank() || delayTicks < 0 || delayTicks > MAX_DELAY) {
            throw new IllegalArgumentException("bad job or delay");
        }
        if (pending == Integer.MAX_VALUE) {
            throw new IllegalStateException("too many pending jobs");
        }
        if (pending == 0) {
            timeline = new TreeMap<>();
        }
        timeline.computeIfAbsent(now + delayTicks, tick -> new ArrayList<>()).add(job);
        pending++;
    }

    public List<String> advance(long ticks) {
        if (ticks < 0 || ticks > MAX_DELAY) {
            throw new IllegalArgumentException("bad tick count");
        }
        now += ticks;
        List<String> fired = new ArrayList<>();
        while (pending > 0 && timeline.firstKey() <= now) {
            List<String> jobs = timeline.pollFirstEntry().getValue();
            fired.addAll(jobs);
            pending -= jobs.size();
        }
        if (pending == 0) {
            timeline = null;
        }
        return fired;
    }

    public boolean cancel(String job) {
        if (job == null) {
            throw new IllegalArgumentException("job is null");
        }
        if (pending == 0) {
            return false;
        }
        Iterator<Map.Entry<Long, List<String>>> it = timeline.entrySet().iterator();
        while (it.hasNext()) {
            List<String> jobs = it.next().getValue();
            if (jobs.remove(job)) {
                if (jobs.isEmpty()) {
                    it.remove();
                }
                if (--pending == 0) {
                    timeline = null;
                }
                return true;
            }
        }
        return false;
    }

    public OptionalLong nextDue() {
        return pending == 0 ? OptionalLong.empty() : OptionalLong.of(timeline.firstKey());
    }

    public List<String> dueWithin(long ticks) {
        if (ticks < 0 || ticks > MAX_DELAY) {
            throw new IllegalArgumentException("bad tick count");
        }
        List<String> due = new ArrayList<>();
        if (pending > 0) {
            timeline.headMap(now + ticks, true).values().forEach(due::addAll);
        }
        return due;
    }

    public int pending() {
        return pending;
    }

    public void clear() {
        pending = 0;
        timeline = null;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI39TickScheduler timers = new SI39TickScheduler();
        check(timers.advance(5).isEmpty() && timers.nextDue().isEmpty() && !timers.cancel("x"), "idle");
        check(timers.dueWithin(100).isEmpty() && timers.pending() == 0, "nothing due");
        expect(IllegalArgumentException.class, () -> timers.schedule(null, 1));
        expect(IllegalArgumentException.class, () -> timers.schedule("spawn", -1));
        expect(IllegalArgumentException.class, () -> timers.advance(-1));
        expect(IllegalArgumentException.class, () -> timers.cancel(null));
        timers.clear();

        timers.schedule("spawn-wave", 10);
        timers.schedule("autosave", 30);
        timers.schedule("powerup", 10);
        timers.schedule("weather", 20);
        check(timers.nextDue().orElse(-1) == 15 && timers.pending() == 4, "next due at tick 15");
        check(timers.dueWithin(20).equals(List.of("spawn-wave", "powerup", "weather")), "due within 20");
        check(timers.cancel("weather") && !timers.cancel("weather") && timers.pending() == 3, "cancel");
        check(timers.advance(9).isEmpty(), "not yet");
        check(timers.advance(1).equals(List.of("spawn-wave", "powerup")) && timers.pending() == 1, "fired");
        check(timers.cancel("autosave") && timers.pending() == 0 && timers.nextDue().isEmpty(), "last cancel drops map");
        check(timers.advance(100).isEmpty(), "nothing left");

        timers.schedule("a", 0);
        timers.schedule("b", 3);
        check(timers.advance(0).equals(List.of("a")) && timers.advance(3).equals(List.of("b")), "refilled");
        timers.schedule("c", 1);
        timers.clear();
        timers.clear();
        check(timers.advance(10).isEmpty() && timers.nextDue().isEmpty(), "cleared");
        timers.schedule("d", 2);
        check(timers.advance(2).equals(List.of("d")) && timers.pending() == 0, "after clear");
        System.out.println("OK SI39TickScheduler");
    }
}
