package probe36;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward-only result cursor of a database driver (java.sql.ResultSet protocol). The current-row map is
 * non-null exactly while the cursor position is on a row (0 <= position < rows.size()); getters check the
 * position, following the next()/beforeFirst() protocol, never the map.
 */
public final class SF29ResultCursor {
    private final List<String> columnNames;
    private final List<String[]> rows;
    private int position = -1;                     // -1 before the first row, rows.size() after the last
    private LinkedHashMap<String, String> current;  // non-null exactly while on a row
    private boolean closed;

    public SF29ResultCursor(List<String> columnNames, List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != columnNames.size()) {
                throw new IllegalArgumentException("row width " + row.length + " != " + columnNames.size());
            }
        }
        this.columnNames = List.copyOf(columnNames);
        this.rows = List.copyOf(rows);
    }

    public boolean next() {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
        if (position < rows.size()) {
            position++;
        }
        if (position < rows.size()) {
            LinkedHashMap<String, String> row = new LinkedHashMap<>();
            String[] values = rows.get(position);
            for (int i = 0; i < values.length; i++) {
                row.put(columnNames.get(i), values[i]);
            }
            current = row;
            return true;
        }
        current = null;
        return false;
    }

    private void requireRow() {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
        if (position < 0 || position >= rows.size()) {
            throw new IllegalStateException("cursor is not positioned on a row (position " + position + ")");
        }
    }

    public String getString(String column) {
        requireRow();
        if (!current.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        return current.get(column);
    }

    public int getInt(String column) {
        return Integer.parseInt(getString(column));
    }

    public Map<String, String> rowAsMap() {
        requireRow();
        return Collections.unmodifiableMap(new LinkedHashMap<>(current));
    }

    public void beforeFirst() {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
        position = -1;
        current = null;
    }

    public void close() {
        closed = true;
        current = null;
    }

    public static void main(String[] args) {
        SF29ResultCursor cursor = new SF29ResultCursor(List.of("id", "name"),
                List.of(new String[] {"1", "ann"}, new String[] {"2", "bob"}));
        expect(IllegalArgumentException.class, () -> new SF29ResultCursor(List.of("id"), List.<String[]>of(new String[] {"1", "x"})));
        for (int pass = 0; pass < 2; pass++) {
            // Phase 1 (and after beforeFirst()): before the first row.
            expect(IllegalStateException.class, () -> cursor.getString("id"));
            expect(IllegalStateException.class, cursor::rowAsMap);
            // Phase 2 (Phase 4 on the second pass): on a row.
            check(cursor.next() && cursor.getInt("id") == 1 && cursor.getString("name").equals("ann"), "row 1");
            expect(IllegalArgumentException.class, () -> cursor.getString("email"));
            check(cursor.next() && cursor.rowAsMap().equals(Map.of("id", "2", "name", "bob")), "row 2");
            // Phase 3: past the end, twice.
            check(!cursor.next() && !cursor.next(), "exhausted");
            expect(IllegalStateException.class, () -> cursor.getString("name"));
            expect(IllegalStateException.class, cursor::rowAsMap);
            cursor.beforeFirst();
        }
        check(cursor.next() && cursor.getString("name").equals("ann"), "third pass");
        cursor.close();
        expect(IllegalStateException.class, () -> cursor.getString("name"));
        expect(IllegalStateException.class, cursor::next);
        expect(IllegalStateException.class, cursor::beforeFirst);
        SF29ResultCursor empty = new SF29ResultCursor(List.of("id"), List.of());
        check(!empty.next(), "empty result");
        expect(IllegalStateException.class, () -> empty.getInt("id"));
        SF29ResultCursor bad = new SF29ResultCursor(List.of("n"), List.<String[]>of(new String[] {"x"}));
        check(bad.next(), "one row");
        expect(NumberFormatException.class, () -> bad.getInt("n"));
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
