package probe35;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Key/value store with write batches (LevelDB WriteBatch style). begin() creates the
 * staging map and, in the same method, the one live Batch inner object; only that
 * object touches the staging map, and it marks itself finished when it drops the map.
 */
public class SE28BatchWriter {
    private static final String TOMBSTONE = "\u0000deleted";

    private final Map<String, String> store = new TreeMap<>();
    private Map<String, String> staged; // non-null exactly while an unfinished Batch exists
    private Batch live;
    private int commits;

    public final class Batch {
        private boolean finished;

        private Batch() {
        }

        private void checkLive() {
            if (finished) {
                throw new IllegalStateException("batch already finished");
            }
        }

        public Batch put(String key, String value) {
            checkLive();
            if (TOMBSTONE.equals(value)) {
                throw new IllegalArgumentException("reserved value");
            }
            staged.put(key, value);
            return this;
        }

        public Batch delete(String key) {
            checkLive();
            staged.put(key, TOMBSTONE);
            return this;
        }

        public int size() {
            checkLive();
            return staged.size();
        }

        public int commit() {
            checkLive();
            staged.forEach((k, v) -> {
                if (TOMBSTONE.equals(v)) {
                    store.remove(k);
                } else {
                    store.put(k, v);
                }
            });
            int applied = staged.size();
            end();
            commits++;
            return applied;
        }

        public void abort() {
            checkLive();
            end();
        }

        private void end() {
            finished = true;
            staged = null;
            live = null;
        }
    }

    public Batch begin() {
        if (live != null) {
            throw new IllegalStateException("another batch is in progress");
        }
        staged = new LinkedHashMap<>();
        live = new Batch();
        return live;
    }

    public String read(String key) {
        return store.get(key);
    }

    public static void main(String[] args) {
        SE28BatchWriter db = new SE28BatchWriter();
        check(db.read("a") == null && db.commits == 0, "empty store");

        Batch first = db.begin();
        expect(IllegalStateException.class, db::begin);
        first.put("a", "1").put("b", "2").delete("c");
        expect(IllegalArgumentException.class, () -> first.put("x", TOMBSTONE));
        check(first.size() == 3 && db.read("a") == null, "staged, not visible");
        check(first.commit() == 3 && db.read("b").equals("2"), "committed");

        Batch aborted = null;
        for (int round = 0; round < 2; round++) {
            expect(IllegalStateException.class, () -> first.put("z", "9"));
            expect(IllegalStateException.class, first::size);
            expect(IllegalStateException.class, first::commit);
            aborted = db.begin().delete("a");
            aborted.abort();
            Batch done = aborted;
            expect(IllegalStateException.class, done::abort);
            check(db.read("a").equals("1"), "abort keeps store");
        }

        Batch second = db.begin();
        second.delete("a").put("d", "4");
        expect(IllegalStateException.class, () -> first.delete("d"));
        check(second.commit() == 2 && db.read("a") == null && db.read("d").equals("4"), "second commit");
        check(db.commits == 2 && aborted != null, "bookkeeping");
        System.out.println("SE28BatchWriter ok");
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
