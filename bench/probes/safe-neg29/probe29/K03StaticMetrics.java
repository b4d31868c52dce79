package probe29;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Static metrics facade with an explicit phase. */
public final class K03StaticMetrics {

    public enum Phase { OFF, RECORDING, CLOSED }

    private static volatile Phase phase = Phase.OFF;
    private static ConcurrentHashMap<String, LongAdder> counters;

    private K03StaticMetrics() {
    }

    public static synchronized void enable() {
        if (phase == Phase.RECORDING) {
            return;
        }
        counters = new ConcurrentHashMap<>();
        phase = Phase.RECORDING;
    }

    public static Phase phase() {
        return phase;
    }

    public static synchronized void increment(String name) {
        switch (phase) {
            case OFF:
            case CLOSED:
                return;
            case RECORDING:
                counters.computeIfAbsent(name, k -> new LongAdder()).increment();
                return;
            default:
                throw new IllegalStateException("unexpected phase " + phase);
        }
    }

    public static synchronized long count(String name) {
        if (phase != Phase.RECORDING) {
            return 0L;
        }
        LongAdder adder = counters.get(name);
        return adder == null ? 0L : adder.sum();
    }

    public static synchronized Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        if (phase == Phase.RECORDING) {
            counters.forEach((k, v) -> out.put(k, v.sum()));
        }
        return out;
    }

    public static synchronized Map<String, Long> close() {
        if (phase != Phase.RECORDING) {
            throw new IllegalStateException("metrics not recording: " + phase);
        }
        Map<String, Long> last = snapshot();
        phase = Phase.CLOSED;
        counters = null;
        return last;
    }

    public static void main(String[] args) throws InterruptedException {
        increment("ignored");
        System.out.println("off: " + phase() + " " + count("ignored") + " " + snapshot());
        try {
            close();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        enable();
        enable();
        Thread[] workers = new Thread[3];
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread(() -> {
                for (int j = 0; j < 100; j++) {
                    increment("requests");
                    if (j % 10 == id) {
                        increment("errors");
                    }
                }
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("requests=" + count("requests") + " errors=" + count("errors") + " none=" + count("none"));
        System.out.println("closed with " + close());
        increment("requests");
        System.out.println("after close: " + phase() + " " + count("requests") + " " + snapshot());
        try {
            close();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        enable();
        increment("restart");
        System.out.println("restarted " + snapshot());
    }
}
