package probe36;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JDBC-style batched upsert writer. Rows are buffered per primary key until flush(); the number of
 * pending statements (which counts overwrites too, so it is not the map size) is positive exactly while
 * the buffer exists. Every access tests the counter.
 */
public final class SF23BatchWriter {
    private final int autoFlushAt;
    private final List<String> table = new ArrayList<>(); // the "database"
    private int pendingStatements;                // > 0 exactly while 'buffer' exists
    private LinkedHashMap<String, String> buffer;  // primary key -> latest row image
    private int flushes;

    public SF23BatchWriter(int autoFlushAt) {
        if (autoFlushAt < 2) {
            throw new IllegalArgumentException("batch size must be at least 2");
        }
        this.autoFlushAt = autoFlushAt;
    }

    public void upsert(String key, String row) {
        if (key.isEmpty() || row.isEmpty()) {
            throw new IllegalArgumentException("key and row are required");
        }
        if (pendingStatements == 0) {
            buffer = new LinkedHashMap<>();
        }
        buffer.put(key, row);
        pendingStatements++;
        if (pendingStatements >= autoFlushAt) {
            flush();
        }
    }

    public int flush() {
        if (pendingStatements == 0) {
            return 0;
        }
        int written = 0;
        for (Map.Entry<String, String> row : buffer.entrySet()) {
            table.add(row.getKey() + "=" + row.getValue());
            written++;
        }
        buffer = null;
        pendingStatements = 0;
        flushes++;
        return written;
    }

    public void discard() {
        if (pendingStatements == 0) {
            throw new IllegalStateException("nothing to discard");
        }
        buffer = null;
        pendingStatements = 0;
    }

    public String pendingRow(String key) {
        return pendingStatements == 0 ? null : buffer.get(key);
    }

    public int distinctPendingKeys() {
        return pendingStatements > 0 ? buffer.size() : 0;
    }

    public int pendingStatements() {
        return pendingStatements;
    }

    public List<String> table() {
        return List.copyOf(table);
    }

    public static void main(String[] args) {
        SF23BatchWriter writer = new SF23BatchWriter(4);
        // Phase 1: no batch open.
        check(writer.flush() == 0 && writer.pendingRow("k1") == null && writer.distinctPendingKeys() == 0, "idle");
        expect(IllegalStateException.class, writer::discard);
        expect(IllegalArgumentException.class, () -> writer.upsert("", "row"));
        expect(IllegalArgumentException.class, () -> new SF23BatchWriter(1));
        // Phase 2: batch open.
        writer.upsert("k1", "alice");
        writer.upsert("k1", "alice2");
        writer.upsert("k2", "bob");
        check(writer.pendingStatements() == 3 && writer.distinctPendingKeys() == 2, "overwrites count as statements");
        check(writer.pendingRow("k1").equals("alice2"), "latest image");
        // Phase 3: dropped by an auto-flush, then by discard().
        writer.upsert("k3", "carol"); // fourth statement triggers the auto-flush
        check(writer.pendingStatements() == 0 && writer.pendingRow("k3") == null, "auto-flushed");
        check(writer.table().equals(List.of("k1=alice2", "k2=bob", "k3=carol")), "three rows written");
        check(writer.flush() == 0 && writer.distinctPendingKeys() == 0, "nothing after auto-flush");
        writer.upsert("k4", "dave");
        writer.discard();
        check(writer.pendingRow("k4") == null && writer.distinctPendingKeys() == 0, "discarded");
        expect(IllegalStateException.class, writer::discard);
        // Phase 4: created again and flushed explicitly.
        writer.upsert("k5", "erin");
        check(writer.pendingRow("k5").equals("erin") && writer.flush() == 1, "explicit flush");
        check(writer.table().size() == 4 && writer.flushes == 2, "four rows in two flushes");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
