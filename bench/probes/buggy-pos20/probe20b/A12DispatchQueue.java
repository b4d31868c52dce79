package probe20b;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntSupplier;

/**
 * Message dispatcher with deferred retry and timeout tasks that run on the
 * next {@link #tick()}. {@link #close()} releases the tracking maps.
 */
public class A12DispatchQueue {

    private static final String FILE = "A12DispatchQueue.java";

    private ConcurrentHashMap<String, Long> inflight = new ConcurrentHashMap<>();
    private ConcurrentMap<String, Integer> retries = new ConcurrentHashMap<>();
    private final Deque<Runnable> retryTasks = new ArrayDeque<>();
    private final Deque<Runnable> timeoutTasks = new ArrayDeque<>();

    private void requireOpen() {
        if (inflight == null) {
            throw new IllegalStateException("closed");
        }
    }

    public void send(String id, long now) {
        requireOpen();
        inflight.put(id, now);
        retryTasks.add(() -> retries.merge(id, 1, Integer::sum));
        timeoutTasks.add(new Runnable() {
            @Override public void run() {
                inflight.remove(id); // BUG
            }
        });
    }

    public void ack(String id) {
        if (inflight != null) {
            inflight.remove(id);
        }
    }

    /** Runs all deferred tasks; returns how many ran. */
    public int tick() {
        int ran = 0;
        for (Deque<Runnable> q : List.of(retryTasks, timeoutTasks)) {
            while (!q.isEmpty()) {
                q.poll().run();
                ran++;
            }
        }
        return ran;
    }

    public int attempts(String id) {
        return retries == null ? 0 : retries.getOrDefault(id, 0);
    }

    /** Gauge bound to the current map; keeps its last value after close. */
    public IntSupplier inflightGauge() {
        requireOpen();
        return inflight::size;
    }

    /** Gauge that always reads the live field. */
    public IntSupplier liveGauge() {
        requireOpen();
        return () -> inflight.size(); // BUG
    }

    public void close() {
        retryTasks.clear();
        inflight = null;
        retries = null;
    }

    public static void main(String[] args) {
        A12DispatchQueue q = new A12DispatchQueue();
        q.send("m1", 1);
        q.send("m2", 2);
        IntSupplier bound = q.inflightGauge();
        IntSupplier live = q.liveGauge();
        assert bound.getAsInt() == 2 && live.getAsInt() == 2;
        assert q.tick() == 4;
        assert q.attempts("m1") == 1 && live.getAsInt() == 0;
        q.send("m3", 3);
        q.ack("m3");
        assert q.tick() == 2;
        q.close();
        q.ack("m3");
        assert q.tick() == 0 && q.attempts("m3") == 0 && bound.getAsInt() == 0;

        A12DispatchQueue d = new A12DispatchQueue();
        d.send("m4", 4);
        IntSupplier g = d.liveGauge();
        d.close();
        prove(35, d::tick);
        prove(71, g::getAsInt);
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
