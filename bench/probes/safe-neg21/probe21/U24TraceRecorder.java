package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Span recorder implemented as a state pattern with enum constant-specific bodies. Only the
 * RECORDING constant's bodies touch {@code totals}, and the recorder switches to RECORDING
 * only right after creating the map and drops the map only right after leaving RECORDING.
 */
public final class U24TraceRecorder {

    private enum Phase {
        IDLE {
            @Override
            void record(U24TraceRecorder r, String span, long nanos) {
                r.dropped++;
            }

            @Override
            long total(U24TraceRecorder r, String span) {
                return 0L;
            }

            @Override
            Map<String, Long> snapshot(U24TraceRecorder r) {
                return Map.of();
            }
        },
        RECORDING {
            @Override
            void record(U24TraceRecorder r, String span, long nanos) {
                r.totals.merge(span, nanos, Long::sum);
            }

            @Override
            long total(U24TraceRecorder r, String span) {
                return r.totals.getOrDefault(span, 0L);
            }

            @Override
            Map<String, Long> snapshot(U24TraceRecorder r) {
                return new TreeMap<>(r.totals);
            }
        };

        abstract void record(U24TraceRecorder r, String span, long nanos);

        abstract long total(U24TraceRecorder r, String span);

        abstract Map<String, Long> snapshot(U24TraceRecorder r);
    }

    private Phase phase = Phase.IDLE;
    private Map<String, Long> totals;
    private long dropped;

    public synchronized void start() {
        if (phase == Phase.RECORDING) {
            return;
        }
        totals = new HashMap<>();
        phase = Phase.RECORDING;
    }

    public synchronized void record(String span, long nanos) {
        phase.record(this, span, nanos);
    }

    public synchronized long total(String span) {
        return phase.total(this, span);
    }

    public synchronized Map<String, Long> stop() {
        Map<String, Long> result = phase.snapshot(this);
        phase = Phase.IDLE;
        totals = null;
        return result;
    }

    public synchronized long dropped() {
        return dropped;
    }

    public static void main(String[] args) {
        U24TraceRecorder rec = new U24TraceRecorder();
        rec.record("db", 10);
        System.out.println(rec.total("db") + " " + rec.stop() + " dropped=" + rec.dropped());
        rec.start();
        rec.start();
        rec.record("db", 10);
        rec.record("db", 15);
        rec.record("http", 7);
        System.out.println(rec.total("db") + " " + rec.stop());
        rec.record("db", 1);
        System.out.println(rec.stop() + " dropped=" + rec.dropped());
    }
}
