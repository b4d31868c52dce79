package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tumbling aggregation window of a metrics agent. A seqlock-style epoch counter is
 * odd while a window is open and even otherwise; the sums table exists exactly while
 * the epoch is odd.
 */
public class SE16TelemetryWindow {
    private long epoch; // even: no window, odd: window open
    private Map<String, Double> sums; // non-null exactly while epoch is odd
    private final List<String> flushed = new ArrayList<>();
    private long dropped;

    private boolean windowOpen() {
        return (epoch & 1L) == 1L;
    }

    public void openWindow() {
        if (windowOpen()) {
            throw new IllegalStateException("window " + epoch / 2 + " still open");
        }
        sums = new TreeMap<>();
        epoch++;
    }

    public void record(String metric, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN sample for " + metric);
        }
        if ((epoch & 1L) == 0L) {
            dropped++;
            return;
        }
        sums.merge(metric, value, Double::sum);
    }

    public double current(String metric) {
        return windowOpen() ? sums.getOrDefault(metric, 0.0) : 0.0;
    }

    public String closeWindow() {
        if (!windowOpen()) {
            throw new IllegalStateException("no open window");
        }
        StringBuilder line = new StringBuilder("window ").append(epoch / 2).append(':');
        sums.forEach((metric, sum) -> line.append(' ').append(metric).append('=').append(sum));
        sums = null;
        epoch++;
        flushed.add(line.toString());
        return line.toString();
    }

    public long windowsClosed() {
        return epoch / 2;
    }

    public static void main(String[] args) {
        SE16TelemetryWindow window = new SE16TelemetryWindow();
        window.record("cpu", 0.5);
        check(window.current("cpu") == 0.0 && window.dropped == 1, "no window yet");
        expect(IllegalStateException.class, window::closeWindow);
        expect(IllegalArgumentException.class, () -> window.record("cpu", Double.NaN));

        window.openWindow();
        expect(IllegalStateException.class, window::openWindow);
        window.record("cpu", 0.25);
        window.record("cpu", 0.5);
        window.record("mem", 2.0);
        check(window.current("cpu") == 0.75 && window.current("disk") == 0.0, "aggregated");
        check(window.closeWindow().equals("window 0: cpu=0.75 mem=2.0"), "flushed line");

        for (int round = 0; round < 2; round++) {
            window.record("cpu", 1.0);
            check(window.current("cpu") == 0.0, "closed window ignores samples");
            expect(IllegalStateException.class, window::closeWindow);
            window.openWindow();
            window.record("io", round);
            check(window.closeWindow().equals("window " + (round + 1) + ": io=" + (double) round), "window " + round);
        }

        window.openWindow();
        window.record("net", 3.0);
        check(window.current("net") == 3.0 && window.windowsClosed() == 3, "reopened");
        window.closeWindow();
        check(window.flushed.size() == 4 && window.dropped == 3, "bookkeeping");
        System.out.println("SE16TelemetryWindow ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
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
}
