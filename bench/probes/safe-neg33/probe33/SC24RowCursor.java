package probe33;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A forward-only JDBC-ResultSet-like cursor. The current row is materialised as a map by
 * next(); before the first next() and after the last row there is no current row. Column
 * accessors check the cursor position, which always moves in step with the row map.
 */
public class SC24RowCursor {

    private final List<String> columns;
    private final List<Object[]> rows;
    private int position = -1;                  // -1: before first; rows.size(): after last
    private Map<String, Object> current;        // non-null exactly when 0 <= position < size

    public SC24RowCursor(List<String> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    public boolean next() {
        if (position < rows.size()) {
            position++;
        }
        if (position < rows.size()) {
            Object[] raw = rows.get(position);
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), raw[i]);
            }
            current = row;
            return true;
        }
        current = null;
        return false;
    }

    private void checkRow() {
        if (position < 0) {
            throw new IllegalStateException("Before start of result set");
        }
        if (position >= rows.size()) {
            throw new IllegalStateException("After end of result set");
        }
    }

    public Object getObject(String column) {
        checkRow();
        if (!current.containsKey(column)) {
            throw new NoSuchElementException("no column " + column);
        }
        return current.get(column);
    }

    public String getString(String column) {
        Object v = getObject(column);
        return v == null ? null : v.toString();
    }

    public int getRow() {
        return (position >= 0 && position < rows.size()) ? position + 1 : 0;
    }

    public void beforeFirst() {
        position = -1;
        current = null;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void noRowPhase(SC24RowCursor c) {
        check(c.getRow() == 0, "no row");
        for (String col : new String[] {"id", "nope"}) {
            try {
                c.getString(col);
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok
            }
        }
        try {
            c.getObject("id");
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        SC24RowCursor c = new SC24RowCursor(List.of("id", "name"),
                List.of(new Object[] {1, "ada"}, new Object[] {2, null}));
        noRowPhase(c);
        check(c.next() && c.getRow() == 1, "row 1");
        check(c.getObject("id").equals(1) && c.getString("name").equals("ada"), "values 1");
        try {
            c.getObject("nope");
            throw new AssertionError("expected NSEE");
        } catch (NoSuchElementException expected) {
            // ok
        }
        check(c.next() && c.getString("name") == null && c.getRow() == 2, "row 2");
        check(!c.next(), "end");
        noRowPhase(c);
        check(!c.next(), "still end");
        noRowPhase(c);

        c.beforeFirst();
        noRowPhase(c);
        c.beforeFirst();
        noRowPhase(c);
        int n = 0;
        while (c.next()) {
            n += (Integer) c.getObject("id");
        }
        check(n == 3, "sum ids");
        c.beforeFirst();
        check(c.next() && c.getString("name").equals("ada"), "again");
        SC24RowCursor empty = new SC24RowCursor(List.of("x"), List.of());
        check(!empty.next(), "empty");
        noRowPhase(empty);
        System.out.println("SC24 ok");
    }
}
