package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PgJDBC-style result set cursor. findColumn() builds a label -> index map on
 * first use (many callers only use numeric indexes); close() releases it.
 */
public class B30ResultSetColumns {
    private final String[] labels;
    private final List<Object[]> rows;
    private int cursor = -1;
    private Map<String, Integer> columnNameIndexMap; // lazily built label index
    private boolean closed;

    public B30ResultSetColumns(String[] labels, List<Object[]> rows) {
        this.labels = labels.clone();
        this.rows = new ArrayList<>(rows);
    }

    public boolean next() {
        checkClosed();
        if (cursor + 1 >= rows.size()) {
            cursor = rows.size();
            return false;
        }
        cursor++;
        return true;
    }

    public int findColumn(String label) {
        checkClosed();
        int index = findColumnIndex(label);
        if (index == 0) {
            throw new IllegalArgumentException("The column name " + label + " was not found in this ResultSet.");
        }
        return index;
    }

    private int findColumnIndex(String label) {
        if (columnNameIndexMap == null) {
            columnNameIndexMap = createColumnNameIndexMap(labels);
        }
        Integer index = columnNameIndexMap.get(label);
        if (index != null) {
            return index;
        }
        index = columnNameIndexMap.get(label.toLowerCase(Locale.US));
        if (index != null) {
            columnNameIndexMap.put(label, index); // cache the exact spelling as well
            return index;
        }
        return 0;
    }

    private static Map<String, Integer> createColumnNameIndexMap(String[] labels) {
        Map<String, Integer> map = new HashMap<>(labels.length * 2);
        for (int i = labels.length - 1; i >= 0; i--) { // first occurrence wins
            map.put(labels[i].toLowerCase(Locale.US), i + 1);
        }
        return map;
    }

    public boolean hasColumn(String label) {
        return !closed && findColumnIndex(label) > 0;
    }

    public Object getObject(int columnIndex) {
        checkClosed();
        if (cursor < 0 || cursor >= rows.size()) {
            throw new IllegalStateException("ResultSet not positioned properly, perhaps you need to call next.");
        }
        return rows.get(cursor)[columnIndex - 1];
    }

    public Object getObject(String label) {
        return getObject(findColumn(label));
    }

    public int indexedLabels() {
        return columnNameIndexMap == null ? 0 : columnNameIndexMap.size();
    }

    public void close() {
        closed = true;
        columnNameIndexMap = null;
        rows.clear();
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkClosed() {
        if (closed) {
            throw new IllegalStateException("This ResultSet is closed.");
        }
    }

    public static void main(String[] args) {
        List<Object[]> data = List.of(new Object[] {1, "Ann", "Oslo"}, new Object[] {2, "Bob", "Rome"});
        B30ResultSetColumns rs = new B30ResultSetColumns(new String[] {"ID", "Name", "city"}, data);
        System.out.println(rs.indexedLabels());
        while (rs.next()) {
            System.out.println(rs.getObject(1) + " " + rs.getObject("NAME") + " " + rs.getObject("name") + " "
                    + rs.getObject("City"));
        }
        System.out.println(rs.hasColumn("zip") + " " + rs.hasColumn("Id") + " " + rs.indexedLabels() + " " + rs.next());
        rs.close();
        System.out.println(rs.isClosed() + " " + rs.indexedLabels() + " " + rs.hasColumn("id"));
    }
}
