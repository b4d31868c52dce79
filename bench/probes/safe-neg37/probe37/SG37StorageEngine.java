package probe37;

import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Embedded database storage engine with an ordered lifecycle
 * NEW < RECOVERING < OPEN < READ_ONLY < CLOSING < CLOSED. The page table exists exactly for
 * phases in [RECOVERING, CLOSED); every method compares enum ordinals (compareTo) to decide.
 * A closed engine may boot again, which re-enters the range from the bottom.
 */
public class SG37StorageEngine {

    enum Phase { NEW, RECOVERING, OPEN, READ_ONLY, CLOSING, CLOSED }

    static final class StorageEngine {
        private final List<String> writeAheadLog;
        private Phase phase = Phase.NEW;
        private NavigableMap<Integer, String> pages; // non-null exactly when RECOVERING <= phase < CLOSED

        StorageEngine(List<String> writeAheadLog) {
            if (writeAheadLog == null || writeAheadLog.stream().anyMatch(r -> r == null)) {
                throw new IllegalArgumentException("write-ahead log must not contain nulls");
            }
            this.writeAheadLog = List.copyOf(writeAheadLog);
        }

        private boolean hasPages() {
            return phase.compareTo(Phase.RECOVERING) >= 0 && phase.compareTo(Phase.CLOSED) < 0;
        }

        private boolean readable() {
            return phase.compareTo(Phase.OPEN) >= 0 && phase.compareTo(Phase.CLOSED) < 0;
        }

        /** Replays the log ("pageId:data") and opens the engine. */
        public void boot() {
            if (phase != Phase.NEW && phase != Phase.CLOSED) {
                throw new IllegalStateException("cannot boot in phase " + phase);
            }
            pages = new TreeMap<>();
            phase = Phase.RECOVERING;
            for (String record : writeAheadLog) {
                int colon = record.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("corrupt log record " + record); // stays RECOVERING
                }
                pages.put(Integer.parseInt(record.substring(0, colon)), record.substring(colon + 1));
            }
            phase = Phase.OPEN;
        }

        public void write(int pageId, String data) {
            if (phase.compareTo(Phase.OPEN) != 0) {
                throw phase == Phase.READ_ONLY ? new UnsupportedOperationException("read-only") : new IllegalStateException("not open: " + phase);
            }
            pages.put(pageId, data == null ? "" : data);
        }

        public String read(int pageId) {
            if (!readable()) {
                throw new IllegalStateException("not readable in phase " + phase);
            }
            String data = pages.get(pageId);
            if (data == null) {
                throw new NoSuchElementException("no page " + pageId);
            }
            return data;
        }

        public void makeReadOnly() {
            if (phase != Phase.OPEN) {
                throw new IllegalStateException("cannot switch to read-only from " + phase);
            }
            phase = Phase.READ_ONLY;
        }

        public int pageCount() {
            return hasPages() ? pages.size() : 0;
        }

        /** Flushes and closes; returns the number of pages flushed. Closing twice returns 0. */
        public int close() {
            if (!hasPages()) {
                return 0;
            }
            phase = Phase.CLOSING;
            int flushed = pages.size();
            phase = Phase.CLOSED;
            pages = null;
            return flushed;
        }

        public Phase phase() {
            return phase;
        }
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new StorageEngine(null));
        StorageEngine engine = new StorageEngine(List.of("1:alpha", "2:beta", "1:alpha2"));

        // Phase 1: before the map exists.
        check(engine.phase() == Phase.NEW && engine.pageCount() == 0 && engine.close() == 0, "new");
        expect(IllegalStateException.class, () -> engine.read(1));
        expect(IllegalStateException.class, () -> engine.write(1, "x"));

        // Phase 2: while it exists.
        engine.boot();
        expect(IllegalStateException.class, engine::boot);
        check(engine.read(1).equals("alpha2") && engine.pageCount() == 2, "replayed");
        engine.write(3, "gamma");
        expect(NoSuchElementException.class, () -> engine.read(4));
        engine.makeReadOnly();
        expect(UnsupportedOperationException.class, () -> engine.write(4, "delta"));
        check(engine.read(3).equals("gamma"), "read-only reads");

        // Phase 3: after it has been dropped (twice).
        check(engine.close() == 3 && engine.close() == 0, "closed once");
        check(engine.phase() == Phase.CLOSED && engine.pageCount() == 0, "closed");
        expect(IllegalStateException.class, () -> engine.read(1));

        // Phase 4: after it has been created again (and a corrupt log stuck in RECOVERING).
        engine.boot();
        check(engine.pageCount() == 2 && engine.read(2).equals("beta"), "rebooted from log");
        check(engine.close() == 2, "closed again");
        StorageEngine corrupt = new StorageEngine(List.of("1:ok", "garbage"));
        expect(IllegalArgumentException.class, corrupt::boot);
        expect(IllegalStateException.class, () -> corrupt.read(1));
        check(corrupt.pageCount() == 1 && corrupt.close() == 1, "partial recovery can be closed");
        System.out.println("SG37StorageEngine ok");
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
