package probe34;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** JDBC-style forward cursor; the current-row map exists only while the position is on a row. */
public class SD25ResultSetCursor {
    private final List<String> columns;
    private final List<List<Object>> rows;
    private int position = -1;            // -1 before the first row, rows.size() after the last
    private Map<String, Object> current;  // non-null exactly when 0 <= position < rows.size()

    public SD25ResultSetCursor(List<String> columns, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row width " + row.size() + " != " + columns.size());
            }
        }
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    public boolean next() {
        if (position < rows.size()) {
            position++;
        }
        if (position < rows.size()) {
            Map<String, Object> row = new LinkedHashMap<>();
            List<Object> values = rows.get(position);
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), values.get(i));
            }
            current = row;
            return true;
        }
        current = null;
        return false;
    }

    private void requireRow() {
        if (position < 0) {
            throw new IllegalStateException("cursor is before the first row");
        }
        if (position >= rows.size()) {
            throw new IllegalStateException("cursor is after the last row");
        }
    }

    public Object getObject(String column) {
        requireRow();
        if (!current.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        return current.get(column);
    }

    public String getString(String column) {
        return String.valueOf(getObject(column));
    }

    public int getInt(String column) {
        if (getObject(column) instanceof Integer n) {
            return n;
        }
        throw new IllegalArgumentException(column + " is not an int");
    }

    public int getRow() {
        return position >= 0 && position < rows.size() ? position + 1 : 0;
    }

    public boolean isAfterLast() {
        return position >= rows.size() && !rows.isEmpty();
    }

    public void beforeFirst() {
        position = -1;
        current = null;
    }

    private static void exerciseOffRow(SD25ResultSetCursor c, boolean afterLast) {
        expect(IllegalStateException.class, () -> c.getObject("id"));
        expect(IllegalStateException.class, () -> c.getString("name"));
        expect(IllegalStateException.class, () -> c.getInt("id"));
        check(c.getRow() == 0, "no current row");
        check(c.isAfterLast() == afterLast, "afterLast=" + afterLast);
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class,
                () -> new SD25ResultSetCursor(List.of("a"), List.of(List.<Object>of(1, 2))));
        SD25ResultSetCursor rs = new SD25ResultSetCursor(List.of("id", "name"),
                List.of(List.<Object>of(1, "alice"), List.<Object>of(2, "bob")));
        exerciseOffRow(rs, false);
        rs.beforeFirst();
        exerciseOffRow(rs, false);

        for (int pass = 0; pass < 3; pass++) {
            check(rs.next() && rs.getRow() == 1, "first row");
            check(rs.getInt("id") == 1 && "alice".equals(rs.getString("name")), "row 1 values");
            expect(IllegalArgumentException.class, () -> rs.getObject("email"));
            expect(IllegalArgumentException.class, () -> rs.getInt("name"));
            check(rs.next() && Integer.valueOf(2).equals(rs.getObject("id")) && rs.getRow() == 2, "row 2");
            check(!rs.isAfterLast(), "still on a row");
            check(!rs.next() && !rs.next(), "exhausted");
            exerciseOffRow(rs, true);
            rs.beforeFirst();
            exerciseOffRow(rs, false);
            rs.beforeFirst();
            exerciseOffRow(rs, false);
        }
        SD25ResultSetCursor empty = new SD25ResultSetCursor(List.of("id"), List.of());
        check(!empty.next(), "empty result");
        exerciseOffRow(empty, false);
        System.out.println("SD25ResultSetCursor ok");
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
