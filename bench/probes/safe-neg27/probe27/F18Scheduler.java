package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Quartz-like scheduler driven by a simulated clock; the queue exists only between start() and shutdown(). */
public final class F18Scheduler {
    public record Job(String name, long periodMillis, Runnable action) {}

    private TreeMap<Long, List<Job>> queue; // null while not started or after shutdown()
    private Map<String, Integer> runCounts; // kept across shutdown, created by start()
    private long now;

    public void start(long startTime) {
        if (queue != null) throw new IllegalStateException("already started");
        queue = new TreeMap<>();
        if (runCounts == null) runCounts = new HashMap<>();
        now = startTime;
    }

    public boolean isRunning() { return queue != null; }

    public void schedule(Job job, long initialDelay) {
        TreeMap<Long, List<Job>> q = queue;
        if (q == null) throw new IllegalStateException("scheduler is not running");
        q.computeIfAbsent(now + initialDelay, t -> new ArrayList<>()).add(job);
    }

    /** Runs every job due at or before {@code time}; jobs may shut the scheduler down. */
    public List<String> advanceTo(long time) {
        List<String> ran = new ArrayList<>();
        while (true) {
            TreeMap<Long, List<Job>> q = queue;
            if (q == null) break;
            Map.Entry<Long, List<Job>> due = q.firstEntry();
            if (due == null || due.getKey() > time) break;
            q.pollFirstEntry();
            now = due.getKey();
            for (Job j : due.getValue()) {
                j.action().run();
                ran.add(j.name() + "@" + now);
                Map<String, Integer> rc = runCounts;
                if (rc != null) rc.merge(j.name(), 1, Integer::sum);
                TreeMap<Long, List<Job>> current = queue; // re-read: the action may have shut us down
                if (current != null && j.periodMillis() > 0) {
                    current.computeIfAbsent(now + j.periodMillis(), t -> new ArrayList<>()).add(j);
                }
            }
        }
        if (queue != null) now = Math.max(now, time);
        return ran;
    }

    public int runCount(String name) { return runCounts == null ? 0 : runCounts.getOrDefault(name, 0); }

    public int pending() { return queue == null ? 0 : queue.values().stream().mapToInt(List::size).sum(); }

    public void shutdown() { queue = null; }

    public static void main(String[] args) {
        F18Scheduler s = new F18Scheduler();
        assert !s.isRunning() && s.pending() == 0 && s.runCount("x") == 0;
        assert s.advanceTo(1_000).isEmpty();
        boolean refused = false;
        try { s.schedule(new Job("x", 0, () -> { }), 10); } catch (IllegalStateException expected) { refused = true; }
        assert refused;

        s.start(0);
        int[] ticks = {0};
        s.schedule(new Job("heartbeat", 100, () -> ticks[0]++), 100);
        s.schedule(new Job("report", 0, () -> { }), 250);
        assert s.pending() == 2;
        List<String> ran = s.advanceTo(300);
        assert ran.equals(List.of("heartbeat@100", "heartbeat@200", "report@250", "heartbeat@300")) : ran;
        assert ticks[0] == 3 && s.runCount("heartbeat") == 3 && s.pending() == 1;

        s.schedule(new Job("stopper", 0, s::shutdown), 50); // at 350, before heartbeat@400
        ran = s.advanceTo(1_000);
        assert ran.equals(List.of("stopper@350")) : ran;
        assert !s.isRunning() && s.pending() == 0 && s.runCount("stopper") == 1;
        assert s.advanceTo(2_000).isEmpty();

        s.start(5_000);
        boolean twice = false;
        try { s.start(6_000); } catch (IllegalStateException expected) { twice = true; }
        assert twice && s.runCount("heartbeat") == 3;
        s.schedule(new Job("again", 0, () -> { }), 1);
        assert s.advanceTo(5_001).equals(List.of("again@5001"));
        s.shutdown();
        s.shutdown();
        System.out.println("F18 ok");
    }
}
