package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JDBC-like forward cursor over query results. The current-row map is materialised by next() and
 * is valid exactly while the position is on a row (0 <= position < rows.size()); accessors check
 * the position, never the map.
 */
public class SG23ResultCursor {

    static final class Cursor {
        private final List<Map<String, Object>> rows;
        private int position = -1;                // before first row
        private HashMap<String, Object> current; // non-null exactly when onRow()
        private boolean closed;

        Cursor(List<Map<String, Object>> rows) {
            if (rows == null) {
                throw new IllegalArgumentException("rows required");
            }
            List<Map<String, Object>> copy = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (row == null) {
                    throw new IllegalArgumentException("null row");
                }
                copy.add(row);
            }
            this.rows = copy;
        }

        private boolean onRow() {
            return position >= 0 && position < rows.size();
        }

        public boolean next() {
            if (closed) {
                throw new IllegalStateException("cursor closed");
            }
            if (position + 1 < rows.size()) {
                current = new HashMap<>(rows.get(position + 1));
                position++;
                return true;
            }
            position = rows.size();
            current = null;
            return false;
        }

        public String getString(String column) {
            if (!onRow()) {
                throw new IllegalStateException("cursor is not positioned on a row");
            }
            if (!current.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            return String.valueOf(current.get(column));
        }

        public int getInt(String column) {
            if (!onRow()) {
                throw new IllegalStateException("cursor is not positioned on a row");
            }
            if (!(current.get(column) instanceof Integer value)) {
                throw new IllegalArgumentException("column " + column + " is not an integer");
            }
            return value;
        }

        public void rewind() {
            if (closed) {
                throw new IllegalStateException("cursor closed");
            }
            position = -1;
            current = null;
        }

        /** Idempotent. */
        public void close() {
            closed = true;
            position = rows.size();
            current = null;
        }
    }

    public static void main(String[] args) {
        List<Map<String, Object>> rows = List.of(Map.of("id", 1, "name", "alpha"), Map.of("id", 2, "name", "beta"));
        expect(IllegalArgumentException.class, () -> new Cursor(null));
        Cursor cursor = new Cursor(rows);

        // Phase 1: before the map exists (before the first next()).
        expect(IllegalStateException.class, () -> cursor.getString("name"));
        expect(IllegalStateException.class, () -> cursor.getInt("id"));

        // Phase 2: while it exists.
        check(cursor.next() && cursor.getInt("id") == 1 && cursor.getString("name").equals("alpha"), "row 1");
        expect(IllegalArgumentException.class, () -> cursor.getString("missing"));
        expect(IllegalArgumentException.class, () -> cursor.getInt("name"));
        check(cursor.next() && cursor.getString("name").equals("beta"), "row 2");

        // Phase 3: after it has been dropped (exhausted twice).
        check(!cursor.next() && !cursor.next(), "exhausted");
        expect(IllegalStateException.class, () -> cursor.getString("name"));

        // Phase 4: after it has been created again.
        cursor.rewind();
        expect(IllegalStateException.class, () -> cursor.getInt("id"));
        check(cursor.next() && cursor.getInt("id") == 1, "rewound");
        cursor.close();
        cursor.close();
        expect(IllegalStateException.class, () -> cursor.getInt("id"));
        expect(IllegalStateException.class, cursor::next);
        expect(IllegalStateException.class, cursor::rewind);

        Cursor empty = new Cursor(List.of());
        check(!empty.next(), "empty result");
        expect(IllegalStateException.class, () -> empty.getString("id"));
        System.out.println("SG23ResultCursor ok");
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
