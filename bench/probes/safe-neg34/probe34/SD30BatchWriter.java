package probe34;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Counter store with write batching; the batch map only exists inside runBatch()'s try/finally. */
public class SD30BatchWriter {
    private final Map<String, Integer> store = new TreeMap<>();
    private Map<String, Integer> batch;   // assigned before the try, nulled in its finally
    private Thread batchOwner;            // set right after batch, cleared first in the finally
    private int batches;

    public synchronized int runBatch(Consumer<SD30BatchWriter> work) {
        if (batchOwner != null) {
            throw new IllegalStateException("batches do not nest");
        }
        batch = new LinkedHashMap<>();
        batchOwner = Thread.currentThread();
        try {
            work.accept(this);
            batch.forEach((k, v) -> store.merge(k, v, Integer::sum));
            batches++;
            return batch.size();
        } finally {
            batchOwner = null;
            batch = null;
        }
    }

    public synchronized void write(String key, int delta) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        if (batchOwner == Thread.currentThread()) {
            batch.merge(key, delta, Integer::sum);
        } else {
            store.merge(key, delta, Integer::sum);
        }
    }

    public synchronized int pendingInBatch() {
        return batchOwner == Thread.currentThread() ? batch.size() : 0;
    }

    public synchronized int read(String key) {
        return store.getOrDefault(key, 0);
    }

    public synchronized boolean inBatch() {
        return batchOwner != null;
    }

    public synchronized int batches() {
        return batches;
    }

    private static void exerciseOutside(SD30BatchWriter w, int batches) {
        check(!w.inBatch() && w.pendingInBatch() == 0, "outside batch");
        check(w.batches() == batches, "batch count");
        int before = w.read("direct");
        w.write("direct", 1);
        check(w.read("direct") == before + 1, "direct write applies immediately");
        expect(IllegalArgumentException.class, () -> w.write("", 1));
    }

    public static void main(String[] args) {
        SD30BatchWriter writer = new SD30BatchWriter();
        exerciseOutside(writer, 0);

        int size = writer.runBatch(w -> {
            check(w.inBatch(), "in batch");
            w.write("a", 2);
            w.write("a", 3);
            w.write("b", 1);
            check(w.pendingInBatch() == 2 && w.read("a") == 0, "buffered until commit");
            expect(IllegalArgumentException.class, () -> w.write("", 1));
            expect(IllegalStateException.class, () -> w.runBatch(inner -> inner.write("c", 1)));
            check(w.batches() == 0, "not yet counted");
        });
        check(size == 2 && writer.read("a") == 5 && writer.read("b") == 1, "committed");

        exerciseOutside(writer, 1);
        expect(IllegalArgumentException.class, () -> writer.runBatch(w -> {
            w.write("lost", 7);
            w.write("", 1); // aborts the batch
        }));
        check(writer.read("lost") == 0, "aborted batch discarded");
        exerciseOutside(writer, 1);
        exerciseOutside(writer, 1);

        check(writer.runBatch(w -> {
            w.write("c", 4);
            check(w.inBatch() && w.pendingInBatch() == 1 && w.read("c") == 0 && w.batches() == 1, "again");
        }) == 1 && writer.read("c") == 4, "batch after abort");
        check(writer.runBatch(w -> check(w.pendingInBatch() == 0, "fresh batch map")) == 0, "empty batch");
        exerciseOutside(writer, 3);
        System.out.println("SD30BatchWriter ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
