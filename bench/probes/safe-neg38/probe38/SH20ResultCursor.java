package probe38;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward-only result cursor of a tiny JDBC-like driver.
 *
 * <p>The cursor starts before the first row (position -1) and ends after the
 * last (position == rows.size()). {@code row} holds a copy of the current row
 * and is non-null exactly when {@code 0 <= position < rows.size()}; every
 * column accessor checks the position, not the map. Single-threaded.
 */
public final class SH20ResultCursor {

    private final List<Map<String, Object>> rows;
    private int position = -1;
    private Map<String, Object> row; // current row; non-null exactly while the cursor is on a row

    public SH20ResultCursor(List<Map<String, Object>> source) {
        if (source == null) {
            throw new IllegalArgumentException("source");
        }
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> r : source) {
            if (r == null) {
                throw new IllegalArgumentException("null row");
            }
            copy.add(new HashMap<>(r));
        }
        this.rows = copy;
    }

    public boolean next() {
        if (position >= rows.size()) {
            return false;
        }
        position++;
        if (position < rows.size()) {
            row = new HashMap<>(rows.get(position));
            return true;
        }
        row = null;
        return false;
    }

    public void beforeFirst() {
        position = -1;
        row = null;
    }

    public boolean isOnRow() {
        return position >= 0 && position < rows.size();
    }

    public Object getObject(String column) {
        if (position < 0 || position >= rows.size()) {
            throw new IllegalStateException("cursor is not on a row (position " + position + ")");
        }
        if (!row.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        return row.get(column);
    }

    public void updateObject(String column, Object value) {
        if (!isOnRow()) {
            throw new IllegalStateException("cursor is not on a row");
        }
        row.put(column, value);
        rows.set(position, new HashMap<>(row));
    }

    public int columnCount() {
        return isOnRow() ? row.size() : 0;
    }

    public static void main(String[] args) {
        List<Map<String, Object>> data = List.of(Map.of("id", 1, "name", "ada"), Map.of("id", 2, "name", "bob"));
        SH20ResultCursor rs = new SH20ResultCursor(data);
        // phase 1: before the map exists
        check(!rs.isOnRow() && rs.columnCount() == 0, "before first");
        expect(IllegalStateException.class, () -> rs.getObject("id"));
        expect(IllegalStateException.class, () -> rs.updateObject("id", 0));
        // phase 2: while it exists
        check(rs.next() && Integer.valueOf(1).equals(rs.getObject("id")), "row 1");
        rs.updateObject("name", "Ada");
        check("Ada".equals(rs.getObject("name")) && rs.columnCount() == 2, "updated");
        expect(IllegalArgumentException.class, () -> rs.getObject("salary"));
        check(rs.next() && "bob".equals(rs.getObject("name")), "row 2");
        // phase 3: after it is dropped (twice)
        check(!rs.next() && !rs.next(), "exhausted twice");
        expect(IllegalStateException.class, () -> rs.getObject("id"));
        expect(IllegalStateException.class, () -> rs.updateObject("id", 3));
        check(rs.columnCount() == 0, "no columns after last");
        // phase 4: created again
        rs.beforeFirst();
        expect(IllegalStateException.class, () -> rs.getObject("id"));
        check(rs.next() && "Ada".equals(rs.getObject("name")), "update persisted");
        SH20ResultCursor empty = new SH20ResultCursor(List.of());
        check(!empty.next() && !empty.isOnRow(), "empty result");
        System.out.println("SH20ResultCursor OK name=" + rs.getObject("name"));
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
