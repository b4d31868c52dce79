package probe35;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * JDBC-style forward cursor over an in-memory result. The current row is materialised
 * as a column map only while the cursor index points at a row; readers check the
 * cursor position, never the map.
 */
public class SE19ResultSetCursor {
    private final String[] columns;
    private final List<Object[]> rows;
    private int cursor = -1;              // -1: before first, rows.size(): after last
    private Map<String, Object> current;  // non-null exactly when 0 <= cursor < rows.size()

    public SE19ResultSetCursor(List<String> columns, List<Object[]> rows) {
        this.columns = columns.toArray(new String[0]);
        this.rows = List.copyOf(rows);
    }

    private boolean onRow() {
        return cursor >= 0 && cursor < rows.size();
    }

    public boolean next() {
        if (cursor < rows.size()) {
            cursor++;
        }
        if (cursor < rows.size()) {
            Map<String, Object> row = new LinkedHashMap<>();
            Object[] values = rows.get(cursor);
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], values[i]);
            }
            current = row;
            return true;
        }
        current = null;
        return false;
    }

    public Object get(String column) {
        if (!onRow()) {
            throw new IllegalStateException("cursor is not on a row (position " + cursor + ")");
        }
        if (!current.containsKey(column)) {
            throw new NoSuchElementException("no column " + column);
        }
        return current.get(column);
    }

    public String describeRow() {
        if (cursor < 0) {
            return "<before first>";
        }
        if (cursor >= rows.size()) {
            return "<after last>";
        }
        return current.toString();
    }

    public void beforeFirst() {
        cursor = -1;
        current = null;
    }

    public int getRow() {
        return onRow() ? cursor + 1 : 0;
    }

    public static void main(String[] args) {
        SE19ResultSetCursor rs = new SE19ResultSetCursor(List.of("id", "name"),
                List.of(new Object[] {1, "ada"}, new Object[] {2, "bob"}));
        check(rs.describeRow().equals("<before first>") && rs.getRow() == 0, "before first");
        expect(IllegalStateException.class, () -> rs.get("id"));

        for (int round = 0; round < 2; round++) {
            check(rs.next() && rs.get("name").equals("ada") && rs.getRow() == 1, "row 1");
            expect(NoSuchElementException.class, () -> rs.get("email"));
            check(rs.next() && rs.describeRow().equals("{id=2, name=bob}"), "row 2");
            check(!rs.next() && !rs.next(), "exhausted");
            check(rs.describeRow().equals("<after last>") && rs.getRow() == 0, "after last");
            expect(IllegalStateException.class, () -> rs.get("id"));
            rs.beforeFirst();
            expect(IllegalStateException.class, () -> rs.get("name"));
        }

        SE19ResultSetCursor empty = new SE19ResultSetCursor(List.of("id"), List.of());
        check(!empty.next() && empty.describeRow().equals("<after last>"), "empty result");
        expect(IllegalStateException.class, () -> empty.get("id"));
        check(rs.next() && rs.get("id").equals(1), "rewound");
        System.out.println("SE19ResultSetCursor ok");
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
