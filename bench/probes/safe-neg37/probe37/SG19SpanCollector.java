package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Tracing span collector working in collection windows. An epoch counter is bumped when a
 * window opens and when it closes: odd epoch means a window is open and the open-span table
 * exists; even epoch means it does not. Methods test the parity of the epoch only.
 */
public class SG19SpanCollector {

    static final class SpanCollector {
        private long epoch;                    // odd exactly when openSpans != null
        private HashMap<String, Long> openSpans; // span id -> start tick
        private final List<String> finished = new ArrayList<>();

        private boolean windowOpen() {
            return (epoch & 1L) == 1L;
        }

        public long beginWindow() {
            if (windowOpen()) {
                throw new IllegalStateException("window " + epoch + " still open");
            }
            openSpans = new HashMap<>();
            epoch++;
            return epoch;
        }

        public void startSpan(String id, long tick) {
            if (!windowOpen()) {
                throw new IllegalStateException("no collection window open");
            }
            if (id == null || openSpans.putIfAbsent(id, tick) != null) {
                throw new IllegalArgumentException("span id missing or already open: " + id);
            }
        }

        public long endSpan(String id, long tick) {
            if (!windowOpen()) {
                throw new IllegalStateException("no collection window open");
            }
            Long start = openSpans.remove(id);
            if (start == null) {
                throw new NoSuchElementException("span not open: " + id);
            }
            long duration = tick - start;
            finished.add(id + "=" + duration);
            return duration;
        }

        public int openCount() {
            return windowOpen() ? openSpans.size() : 0;
        }

        /** Closes the window and returns how many spans were abandoned. */
        public int endWindow() {
            if (!windowOpen()) {
                throw new IllegalStateException("no collection window open");
            }
            int abandoned = openSpans.size();
            epoch++;
            openSpans = null;
            return abandoned;
        }

        public List<String> finished() {
            return List.copyOf(finished);
        }

        public long epoch() {
            return epoch;
        }
    }

    public static void main(String[] args) {
        SpanCollector collector = new SpanCollector();

        // Phase 1: before the map exists.
        check(collector.epoch() == 0 && collector.openCount() == 0, "idle");
        expect(IllegalStateException.class, () -> collector.startSpan("db", 1));
        expect(IllegalStateException.class, () -> collector.endSpan("db", 2));
        expect(IllegalStateException.class, collector::endWindow);

        // Phase 2: while it exists.
        check(collector.beginWindow() == 1, "epoch 1");
        expect(IllegalStateException.class, collector::beginWindow);
        collector.startSpan("http", 10);
        collector.startSpan("db", 12);
        expect(IllegalArgumentException.class, () -> collector.startSpan("db", 13));
        expect(IllegalArgumentException.class, () -> collector.startSpan(null, 13));
        check(collector.endSpan("db", 20) == 8, "db took 8");
        expect(NoSuchElementException.class, () -> collector.endSpan("db", 21));
        check(collector.openCount() == 1, "http still open");

        // Phase 3: after it has been dropped (twice).
        check(collector.endWindow() == 1 && collector.epoch() == 2, "http abandoned");
        expect(IllegalStateException.class, collector::endWindow);
        check(collector.openCount() == 0, "no open spans");
        expect(IllegalStateException.class, () -> collector.endSpan("http", 30));

        // Phase 4: after it has been created again.
        check(collector.beginWindow() == 3, "epoch 3");
        collector.startSpan("http", 40);
        check(collector.endSpan("http", 45) == 5 && collector.endWindow() == 0, "clean window");
        check(collector.finished().equals(List.of("db=8", "http=5")), "finished spans");
        System.out.println("SG19SpanCollector ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
