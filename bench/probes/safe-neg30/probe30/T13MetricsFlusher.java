package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/** Buffers counter increments and publishes them on every scheduler tick. */
public final class T13MetricsFlusher {
    /** Deterministic stand-in for a periodic executor. */
    public static final class ManualScheduler {
        private final List<Runnable> tasks = new ArrayList<>();

        public void schedule(Runnable task) { tasks.add(task); }

        public boolean cancel(Runnable task) { return tasks.remove(task); }

        public int taskCount() { return tasks.size(); }

        public void tick() {
            for (Runnable task : List.copyOf(tasks)) task.run();
        }
    }

    private final ManualScheduler scheduler;
    private final List<String> published = new ArrayList<>();
    private HashMap<String, Long> pending; // buffered increments; exists only while running
    private boolean running;
    private Runnable flushTask;

    public T13MetricsFlusher(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        if (running) throw new IllegalStateException("already running");
        pending = new HashMap<>();
        running = true;
        flushTask = () -> {
            if (running) drain(); // a tick already in progress may outlive stop()
        };
        scheduler.schedule(flushTask);
    }

    public boolean isRunning() {
        return running;
    }

    /** Best effort: increments are dropped while the flusher is stopped. */
    public void increment(String metric, long delta) {
        if (!running) return;
        pending.merge(metric, delta, Long::sum);
    }

    public int flush() {
        return running ? drain() : 0;
    }

    private int drain() {
        int n = pending.size();
        new TreeMap<>(pending).forEach((k, v) -> published.add(k + "=" + v));
        pending.clear();
        return n;
    }

    public List<String> published() {
        return List.copyOf(published);
    }

    public void stop() {
        if (!running) return;
        drain();
        scheduler.cancel(flushTask);
        running = false;
        pending = null;
        flushTask = null;
    }

    public static void main(String[] args) {
        ManualScheduler scheduler = new ManualScheduler();
        T13MetricsFlusher metrics = new T13MetricsFlusher(scheduler);
        assert !metrics.isRunning();
        metrics.increment("requests", 1); // dropped
        assert metrics.flush() == 0;
        metrics.stop();

        metrics.start();
        try {
            metrics.start();
            throw new AssertionError("double start");
        } catch (IllegalStateException expected) {
            // already running
        }
        metrics.increment("requests", 2);
        metrics.increment("requests", 3);
        metrics.increment("errors", 1);
        scheduler.tick();
        assert metrics.published().equals(List.of("errors=1", "requests=5")) : metrics.published();
        metrics.increment("requests", 1);
        assert metrics.flush() == 1;
        metrics.stop();
        assert scheduler.taskCount() == 0;
        metrics.increment("requests", 9);
        assert metrics.flush() == 0;

        // A task scheduled ahead of the flush task stops the flusher during the same tick.
        metrics.start();
        Runnable stopper = metrics::stop;
        scheduler.cancel(metrics.flushTask);
        scheduler.schedule(stopper);
        scheduler.schedule(metrics.flushTask);
        metrics.increment("late", 4);
        scheduler.tick();
        assert !metrics.isRunning();
        assert metrics.published().get(metrics.published().size() - 1).equals("late=4");
        scheduler.cancel(stopper);
        assert scheduler.taskCount() == 0;
        System.out.println("T13 ok");
    }
}
