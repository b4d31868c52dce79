package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cursor over a query result of a small JDBC-like driver. The current row is a map only while the
 * cursor stands on a row: {@code position} runs from -1 (before first) to the row count (after
 * last), and {@code row} is non-null exactly when {@code onRow()} holds. {@code next},
 * {@code beforeFirst} and {@code close} write both; column accessors test {@code onRow()} first.
 *
 * <p>This class is single-threaded, like a JDBC ResultSet.
 */
public final class SI26ResultCursor {
    private final List<String> columnNames;
    private final List<Object[]> data;
    private int position = -1;
    private HashMap<String, Object> row; // non-null iff onRow()
    private boolean lastWasNull;
    private boolean closed;

    public SI26ResultCursor(List<String> columnNames, List<Object[]> rows) {
        if (columnNames == null || rows == null) {
            throw new IllegalArgumentException("columns and rows are required");
        }
        List<String> names = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (String name : columnNames) {
            if (name == null || name.isBlank() || !unique.add(name)) {
                throw new IllegalArgumentException("bad or duplicate column: " + name);
            }
            names.add(name);
        }
        List<Object[]> copy = new ArrayList<>();
        for (Object[] r : rows) {
            if (r == null || r.length != names.size()) {
                throw new IllegalArgumentException("row width must be " + names.size());
            }
            copy.add(r.clone());
        }
        this.columnNames = List.copyOf(names);
        this.data = copy;
    }

    private boolean onRow() {
        return position >= 0 && position < data.size();
    }

    public boolean next() {
        ensureOpen();
        if (position < data.size()) {
            position++;
        }
        if (onRow()) {
            HashMap<String, Object> values = new HashMap<>();
            Object[] source = data.get(position);
            for (int i = 0; i < source.length; i++) {
                values.put(columnNames.get(i), source[i]);
            }
            row = values;
            return true;
        }
        row = null;
        return false;
    }

    public void beforeFirst() {
        ensureOpen();
        position = -1;
        row = null;
    }

    public Object getObject(String column) {
        if (column == null) {
            throw new IllegalArgumentException("column is null");
        }
        if (!onRow()) {
            throw new IllegalStateException("cursor is not on a row");
        }
        if (!row.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        Object value = row.get(column);
        lastWasNull = value == null;
        return value;
    }

    public String getString(String column) {
        Object value = getObject(column);
        return value == null ? null : value.toString();
    }

    public int getInt(String column) {
        Object value = getObject(column);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new IllegalArgumentException(column + " is not numeric");
    }

    public boolean wasNull() {
        return lastWasNull;
    }

    public void close() {
        closed = true;
        position = data.size();
        row = null;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        List<Object[]> rows = List.of(new Object[] {1, "ann", 30}, new Object[] {2, "bob", null});
        SI26ResultCursor rs = new SI26ResultCursor(List.of("id", "name", "age"), rows);
        expect(IllegalStateException.class, () -> rs.getString("name"));
        expect(IllegalArgumentException.class, () -> new SI26ResultCursor(List.of("a", "a"), List.of()));
        expect(IllegalArgumentException.class, () -> new SI26ResultCursor(List.of("a"), List.<Object[]>of(new Object[2])));
        expect(IllegalArgumentException.class, () -> rs.getObject(null));

        check(rs.next() && rs.getInt("id") == 1 && rs.getString("name").equals("ann") && !rs.wasNull(), "row 1");
        expect(IllegalArgumentException.class, () -> rs.getInt("name"));
        expect(IllegalArgumentException.class, () -> rs.getObject("email"));
        check(rs.next() && rs.getInt("age") == 0 && rs.wasNull(), "row 2 with NULL");
        check(rs.getString("age") == null, "null string");
        check(!rs.next() && !rs.next(), "after last");
        expect(IllegalStateException.class, () -> rs.getObject("id"));

        rs.beforeFirst();
        expect(IllegalStateException.class, () -> rs.getObject("id"));
        check(rs.next() && rs.getString("name").equals("ann"), "rewound");
        rs.close();
        rs.close();
        expect(IllegalStateException.class, () -> rs.getObject("id"));
        expect(IllegalStateException.class, rs::next);
        expect(IllegalStateException.class, rs::beforeFirst);

        SI26ResultCursor empty = new SI26ResultCursor(List.of("x"), List.of());
        check(!empty.next() && !empty.next(), "empty result");
        System.out.println("OK SI26ResultCursor");
    }
}
