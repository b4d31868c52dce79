package probe32;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Forward-only row cursor over a query result, as produced by Spring's JdbcTemplate row
 * iterators or jOOQ's Cursor. hasNext() prefetches the next row into a field; next() and
 * peek() only read the prefetched row after hasNext() has returned true, and consuming or
 * closing resets the field to null.
 */
public class SA31ResultSetCursor implements Iterator<Map<String, Object>>, AutoCloseable {

    private final List<String> columns;
    private final List<Object[]> rows;
    private int position;
    private boolean closed;
    private Map<String, Object> prefetched; // null when no row has been fetched ahead
    private int consumed;

    public SA31ResultSetCursor(List<String> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        if (prefetched == null && !closed && position < rows.size()) {
            Object[] raw = rows.get(position++);
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), i < raw.length ? raw[i] : null);
            }
            prefetched = row;
        }
        return prefetched != null;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("cursor exhausted");
        }
        prefetched.put("_row", ++consumed);
        Map<String, Object> row = prefetched;
        prefetched = null;
        return Collections.unmodifiableMap(row);
    }

    /** Looks at a column of the upcoming row without consuming it. */
    public Object peek(String column) {
        return hasNext() ? prefetched.get(column) : null;
    }

    @Override
    public void close() {
        closed = true;
        prefetched = null;
    }

    public static void main(String[] args) {
        List<Object[]> data = List.of(new Object[] {1, "ada"}, new Object[] {2, "grace"}, new Object[] {3});
        try (SA31ResultSetCursor cursor = new SA31ResultSetCursor(List.of("id", "name"), data)) {
            System.out.println("peek name=" + cursor.peek("name") + " peek again=" + cursor.peek("name"));
            System.out.println("first=" + cursor.next());
            while (cursor.hasNext()) {
                System.out.println("row=" + cursor.next());
            }
            System.out.println("exhausted peek=" + cursor.peek("id") + " hasNext=" + cursor.hasNext());
            try {
                cursor.next();
            } catch (NoSuchElementException expected) {
                System.out.println("next: " + expected.getMessage());
            }
        }
        SA31ResultSetCursor early = new SA31ResultSetCursor(List.of("id"), data);
        System.out.println("prefetched id=" + early.peek("id"));
        early.close();
        early.close();
        System.out.println("closed: hasNext=" + early.hasNext() + " peek=" + early.peek("id"));
        try {
            early.next();
        } catch (NoSuchElementException expected) {
            System.out.println("closed next: " + expected.getMessage());
        }
    }
}
