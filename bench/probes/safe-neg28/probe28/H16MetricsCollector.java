package probe28;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Per-service latency metrics. Collection can be switched off at runtime, in
 * which case the timing map is dropped. An inner Timer class and an anonymous
 * flush task both reach the outer map and both check it first.
 */
public class H16MetricsCollector {
    private final String service;
    private LinkedHashMap<String, Long> timings; // null while collection is disabled
    private final List<String> flushed = new ArrayList<>();
    private long clock;

    public H16MetricsCollector(String service) {
        this.service = service;
    }

    public void enable() {
        if (timings == null) {
            timings = new LinkedHashMap<>();
        }
    }

    public void disable() {
        timings = null;
    }

    public void advance(long millis) {
        clock += millis;
    }

    public Timer start(String operation) {
        return new Timer(operation, clock);
    }

    public final class Timer {
        private final String operation;
        private final long startedAt;

        private Timer(String operation, long startedAt) {
            this.operation = operation;
            this.startedAt = startedAt;
        }

        public long stop() {
            long elapsed = clock - startedAt;
            if (timings != null) {
                timings.merge(operation, elapsed, Long::sum);
            }
            return elapsed;
        }
    }

    public Runnable flushTask() {
        return new Runnable() {
            @Override
            public void run() {
                if (timings != null && !timings.isEmpty()) {
                    flushed.add(service + timings);
                    timings.clear();
                }
            }
        };
    }

    public long total(String operation) {
        return timings == null ? 0L : timings.getOrDefault(operation, 0L);
    }

    public List<String> flushedBatches() {
        return List.copyOf(flushed);
    }

    public static void main(String[] args) {
        H16MetricsCollector m = new H16MetricsCollector("billing");
        Runnable flush = m.flushTask();
        Timer early = m.start("db");
        m.advance(7);
        assert early.stop() == 7;
        assert m.total("db") == 0;
        flush.run();
        assert m.flushedBatches().isEmpty();
        m.enable();
        Timer t1 = m.start("db");
        m.advance(5);
        assert t1.stop() == 5;
        Timer t2 = m.start("db");
        m.advance(3);
        t2.stop();
        Timer t3 = m.start("http");
        m.advance(10);
        t3.stop();
        assert m.total("db") == 8;
        flush.run();
        assert m.flushedBatches().equals(List.of("billing{db=8, http=10}")) : m.flushedBatches();
        assert m.total("db") == 0;
        Timer pending = m.start("cache");
        m.disable();
        m.advance(2);
        assert pending.stop() == 2;
        flush.run();
        assert m.total("cache") == 0;
        m.enable();
        m.enable();
        assert m.flushedBatches().size() == 1;
        System.out.println(m.flushedBatches());
    }
}
