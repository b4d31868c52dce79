package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Tick-driven job scheduler; the timeline exists only while the scheduler is running. */
public final class I11Scheduler {
    private NavigableMap<Long, List<String>> timeline; // non-null exactly while running == true
    private boolean running;
    private long now;
    private final List<String> history = new ArrayList<>();

    private boolean isRunning() {
        return running;
    }

    public void start(long startTime) {
        if (running) {
            throw new IllegalStateException("scheduler already running");
        }
        timeline = new TreeMap<>();
        now = startTime;
        running = true;
    }

    public void schedule(String job, long delay) {
        if (!isRunning()) {
            throw new IllegalStateException("scheduler is stopped");
        }
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        timeline.computeIfAbsent(now + delay, t -> new ArrayList<>()).add(job);
    }

    public List<String> advance(long ticks) {
        if (!isRunning()) {
            return List.of();
        }
        now += ticks;
        NavigableMap<Long, List<String>> due = timeline.headMap(now, true);
        List<String> fired = new ArrayList<>();
        due.values().forEach(fired::addAll);
        due.clear();
        history.addAll(fired);
        return fired;
    }

    public int pending() {
        if (!isRunning()) {
            return 0;
        }
        return timeline.values().stream().mapToInt(List::size).sum();
    }

    public Optional<Long> nextDeadline() {
        return isRunning() && !timeline.isEmpty() ? Optional.of(timeline.firstKey()) : Optional.empty();
    }

    public List<String> stop() {
        if (!running) {
            return List.of();
        }
        List<String> dropped = new ArrayList<>();
        timeline.values().forEach(dropped::addAll);
        running = false;
        timeline = null;
        return dropped;
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public static void main(String[] args) {
        I11Scheduler s = new I11Scheduler();
        if (!s.advance(5).isEmpty() || s.pending() != 0 || s.nextDeadline().isPresent() || !s.stop().isEmpty()) {
            throw new AssertionError("stopped scheduler must be inert");
        }
        try {
            s.schedule("too-early", 1);
            throw new AssertionError("scheduled while stopped");
        } catch (IllegalStateException expected) {
            // stopped
        }
        s.start(100);
        try {
            s.start(0);
            throw new AssertionError("double start");
        } catch (IllegalStateException expected) {
            // already running
        }
        s.schedule("backup", 10);
        s.schedule("report", 3);
        s.schedule("cleanup", 3);
        try {
            s.schedule("bad", -1);
            throw new AssertionError("negative delay");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        if (s.nextDeadline().orElseThrow() != 103L) throw new AssertionError("deadline");
        if (!s.advance(5).equals(List.of("report", "cleanup"))) throw new AssertionError("fired");
        if (s.pending() != 1) throw new AssertionError("pending");
        List<String> dropped = s.stop();
        if (!dropped.equals(List.of("backup"))) throw new AssertionError("dropped " + dropped);
        s.stop();
        s.start(0); // restart after stop
        s.schedule("again", 0);
        System.out.println("I11 fired-now=" + s.advance(0) + " history=" + s.history());
    }
}
