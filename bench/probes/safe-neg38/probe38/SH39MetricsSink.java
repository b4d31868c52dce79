package probe38;

import java.util.TreeMap;

/**
 * Application metrics sink. All recording goes through a {@code Recorder}
 * strategy: the shared NOOP recorder while metrics are off, or a private
 * inner MapRecorder that is installed right after {@code histogram} is
 * allocated and uninstalled right before it is dropped. Only MapRecorder
 * dereferences the map, and a MapRecorder is never reachable from anywhere
 * but the {@code recorder} field. Single-threaded.
 */
public final class SH39MetricsSink {

    private interface Recorder {
        void record(String name, long value);

        long count(String name);

        long total(String name);
    }

    private static final Recorder NOOP = new Recorder() {
        @Override
        public void record(String name, long value) {
        }

        @Override
        public long count(String name) {
            return 0;
        }

        @Override
        public long total(String name) {
            return 0;
        }
    };

    private final class MapRecorder implements Recorder {
        @Override
        public void record(String name, long value) {
            long[] h = histogram.computeIfAbsent(name, k -> new long[2]);
            h[0]++;
            h[1] += value;
        }

        @Override
        public long count(String name) {
            long[] h = histogram.get(name);
            return h == null ? 0 : h[0];
        }

        @Override
        public long total(String name) {
            long[] h = histogram.get(name);
            return h == null ? 0 : h[1];
        }
    }

    private TreeMap<String, long[]> histogram; // non-null exactly while recorder is a MapRecorder
    private Recorder recorder = NOOP;

    public void enable() {
        if (recorder != NOOP) {
            return;
        }
        histogram = new TreeMap<>();
        recorder = new MapRecorder();
    }

    public void disable() {
        recorder = NOOP;
        histogram = null;
    }

    public void record(String name, long value) {
        requireName(name);
        recorder.record(name, value);
    }

    public long count(String name) {
        requireName(name);
        return recorder.count(name);
    }

    public long total(String name) {
        requireName(name);
        return recorder.total(name);
    }

    public String report() {
        return recorder instanceof MapRecorder ? render() : "(metrics disabled)";
    }

    private String render() {
        StringBuilder sb = new StringBuilder();
        histogram.forEach((k, h) -> sb.append(k).append(" n=").append(h[0]).append(" sum=").append(h[1]).append("; "));
        return sb.toString().trim();
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("metric name");
        }
    }

    public static void main(String[] args) {
        SH39MetricsSink sink = new SH39MetricsSink();
        // phase 1: before the map exists
        sink.record("db.query", 12);
        check(sink.count("db.query") == 0 && sink.total("db.query") == 0, "noop");
        check("(metrics disabled)".equals(sink.report()), "disabled report");
        expect(IllegalArgumentException.class, () -> sink.record(null, 1));
        // phase 2: while it exists
        sink.enable();
        sink.enable();
        sink.record("db.query", 12);
        sink.record("db.query", 30);
        sink.record("http.request", 5);
        check(sink.count("db.query") == 2 && sink.total("db.query") == 42, "recorded");
        check("db.query n=2 sum=42; http.request n=1 sum=5;".equals(sink.report()), sink.report());
        // phase 3: after it is dropped (twice)
        sink.disable();
        sink.disable();
        sink.record("db.query", 1);
        check(sink.count("db.query") == 0 && "(metrics disabled)".equals(sink.report()), "disabled again");
        // phase 4: created again
        sink.enable();
        sink.record("cache.miss", 1);
        check(sink.count("cache.miss") == 1 && sink.count("db.query") == 0, "fresh histogram");
        System.out.println("SH39MetricsSink OK " + sink.report());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
