package probe37;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Game-engine frame profiler with nested sections. A depth counter tracks open sections; the
 * per-frame totals map is created when depth goes 0 -> 1 and published and dropped when it
 * returns to 0. Methods test the depth, never the map.
 */
public class SG31FrameProfiler {

    static final class FrameProfiler {
        private final LongSupplier clock;
        private final ArrayDeque<String> names = new ArrayDeque<>();
        private final ArrayDeque<Long> starts = new ArrayDeque<>();
        private int depth;                          // number of open sections
        private LinkedHashMap<String, Long> totals; // non-null exactly when depth > 0
        private Map<String, Long> lastFrame = Map.of();

        FrameProfiler(LongSupplier clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock required");
            }
            this.clock = clock;
        }

        public void begin(String section) {
            if (section == null || section.isEmpty()) {
                throw new IllegalArgumentException("section name required");
            }
            long startedAt = clock.getAsLong(); // read before any state changes
            if (depth == 0) {
                totals = new LinkedHashMap<>();
            }
            names.push(section);
            starts.push(startedAt);
            depth++;
        }

        public long end() {
            if (depth == 0) {
                throw new IllegalStateException("end() without begin()");
            }
            long endedAt = clock.getAsLong(); // read before any state changes
            String section = names.pop();
            long elapsed = endedAt - starts.pop();
            depth--;
            totals.merge(section, elapsed, Long::sum);
            if (depth == 0) {
                lastFrame = Map.copyOf(totals);
                totals = null;
            }
            return elapsed;
        }

        /** Totals of sections already closed in the frame that is still in progress. */
        public long partial(String section) {
            if (depth == 0) {
                throw new IllegalStateException("no frame in progress");
            }
            return totals.getOrDefault(section, 0L);
        }

        public int depth() {
            return depth;
        }

        public Map<String, Long> lastFrame() {
            return lastFrame;
        }
    }

    public static void main(String[] args) {
        long[] now = {1_000};
        FrameProfiler profiler = new FrameProfiler(() -> now[0]);

        // Phase 1: before the map exists.
        check(profiler.depth() == 0 && profiler.lastFrame().isEmpty(), "idle");
        expect(IllegalStateException.class, profiler::end);
        expect(IllegalStateException.class, () -> profiler.partial("physics"));
        expect(IllegalArgumentException.class, () -> profiler.begin(""));

        // Phase 2: while it exists.
        profiler.begin("frame");
        profiler.begin("physics");
        now[0] += 4;
        check(profiler.end() == 4 && profiler.partial("physics") == 4, "physics 4");
        profiler.begin("render");
        now[0] += 10;
        profiler.end();
        profiler.begin("physics");
        now[0] += 2;
        profiler.end();
        check(profiler.partial("physics") == 6 && profiler.partial("audio") == 0, "accumulated");

        // Phase 3: after it has been dropped (unbalanced end() rejected twice).
        check(profiler.end() == 16 && profiler.depth() == 0, "frame closed");
        check(profiler.lastFrame().equals(Map.of("physics", 6L, "render", 10L, "frame", 16L)), "published");
        expect(IllegalStateException.class, profiler::end);
        expect(IllegalStateException.class, profiler::end);
        expect(IllegalStateException.class, () -> profiler.partial("frame"));

        // Phase 4: after it has been created again.
        profiler.begin("frame");
        check(profiler.partial("physics") == 0, "new frame starts empty");
        now[0] += 3;
        profiler.end();
        check(profiler.lastFrame().equals(Map.of("frame", 3L)), "second frame");
        System.out.println("SG31FrameProfiler ok");
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
