package probe33;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HdrHistogram/JFR-style latency recorder that can be switched on for a profiling
 * window. The bucket map is created before the AtomicBoolean is raised and dropped after
 * it is lowered, both under the recorder's lock; the hot path reads the flag lock-free and
 * re-checks it under the lock before touching the map.
 */
public class SC28LatencyRecorder {

    private final AtomicBoolean recording = new AtomicBoolean();
    private Map<Long, Long> buckets;     // bucket upper bound (power of two, micros) -> count
    private long ignored;

    public synchronized void startRecording() {
        if (recording.get()) {
            throw new IllegalStateException("already recording");
        }
        buckets = new TreeMap<>();
        recording.set(true);
    }

    public void record(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("negative latency");
        }
        if (!recording.get()) {         // cheap fast path when profiling is off
            synchronized (this) {
                ignored++;
            }
            return;
        }
        long bucket = Long.highestOneBit(Math.max(1, micros)) << 1;
        synchronized (this) {
            if (recording.get()) {
                buckets.merge(bucket, 1L, Long::sum);
            } else {
                ignored++;
            }
        }
    }

    /** Stops the window and returns the histogram, or an empty one when not recording. */
    public synchronized Map<Long, Long> stopRecording() {
        if (!recording.compareAndSet(true, false)) {
            return Map.of();
        }
        Map<Long, Long> result = buckets;
        buckets = null;
        return result;
    }

    public synchronized long countAtMost(long micros) {
        if (!recording.get()) {
            return 0;
        }
        long n = 0;
        for (Map.Entry<Long, Long> e : buckets.entrySet()) {
            if (e.getKey() <= micros) {
                n += e.getValue();
            }
        }
        return n;
    }

    public synchronized long ignored() {
        return ignored;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void idlePhase(SC28LatencyRecorder r) {
        r.record(100);
        check(r.countAtMost(Long.MAX_VALUE) == 0, "nothing counted");
        check(r.stopRecording().isEmpty(), "nothing to stop");
    }

    public static void main(String[] args) throws InterruptedException {
        SC28LatencyRecorder r = new SC28LatencyRecorder();
        idlePhase(r);
        try {
            r.record(-1);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        r.startRecording();
        try {
            r.startRecording();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        r.record(0);
        r.record(3);
        r.record(700);
        Thread t = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                r.record(i);
            }
        });
        t.start();
        t.join();
        check(r.countAtMost(8) == 2 + 8, "small buckets " + r.countAtMost(8));
        Map<Long, Long> h = r.stopRecording();
        check(h.values().stream().mapToLong(Long::longValue).sum() == 1003, "total");
        idlePhase(r);
        idlePhase(r);
        check(r.ignored() == 3, "ignored " + r.ignored());
        r.startRecording();
        r.record(5000);
        check(r.countAtMost(8192) == 1 && r.stopRecording().equals(Map.of(8192L, 1L)), "restarted");
        // concurrent toggling while another thread records: the re-check under the lock keeps it safe
        Thread hammer = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                r.record(i % 4096);
            }
        });
        hammer.start();
        for (int i = 0; i < 200; i++) {
            r.startRecording();
            r.countAtMost(64);
            r.stopRecording();
        }
        hammer.join();
        idlePhase(r);
        System.out.println("SC28 ok");
    }
}
