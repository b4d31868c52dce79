package probe39;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Header-aware CSV reader of a data-import tool. The column index exists only after the header
 * line has been read and is dropped by {@link #reset()}. Column lookups go through the private
 * helpers {@code indexOf} and {@code headerOrder}, which use the map without a check; each public
 * caller tests {@code columns} before calling them.
 *
 * <p>This class is single-threaded: one reader per import file.
 */
public final class SI24CsvReader {
    private HashMap<String, Integer> columns; // header -> position; null until readHeader(), null after reset()

    public void readHeader(String line) {
        String[] names = split(line);
        HashMap<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty() || index.putIfAbsent(names[i], i) != null) {
                throw new IllegalArgumentException("empty or duplicate header: '" + names[i] + "'");
            }
        }
        columns = index;
    }

    public boolean hasHeader() {
        return columns != null;
    }

    public String field(String line, String column) {
        String[] cells = split(line);
        requireColumn(column);
        if (columns == null) {
            throw new IllegalStateException("header not read");
        }
        return cellAt(cells, indexOf(column));
    }

    public Map<String, String> record(String line) {
        String[] cells = split(line);
        if (columns == null) {
            throw new IllegalStateException("header not read");
        }
        Map<String, String> record = new LinkedHashMap<>();
        for (String name : headerOrder()) {
            record.put(name, cellAt(cells, indexOf(name)));
        }
        return record;
    }

    public long sum(List<String> lines, String column) {
        requireColumn(column);
        if (lines == null) {
            throw new IllegalArgumentException("lines is null");
        }
        if (columns == null) {
            return 0;
        }
        int index = indexOf(column);
        long total = 0;
        for (String line : lines) {
            String cell = cellAt(split(line), index);
            try {
                total += cell.isEmpty() ? 0 : Long.parseLong(cell);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + cell, e);
            }
        }
        return total;
    }

    public List<String> header() {
        return columns == null ? List.of() : headerOrder();
    }

    public void reset() {
        columns = null;
    }

    // Helpers below use 'columns' directly: call them only after checking columns != null.
    private int indexOf(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return index;
    }

    private List<String> headerOrder() {
        String[] names = new String[columns.size()];
        columns.forEach((name, position) -> names[position] = name);
        return List.of(names);
    }

    private static String cellAt(String[] cells, int index) {
        return index < cells.length ? cells[index] : "";
    }

    private static String[] split(String line) {
        if (line == null) {
            throw new IllegalArgumentException("line is null");
        }
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    private static void requireColumn(String column) {
        if (column == null) {
            throw new IllegalArgumentException("column is null");
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
        SI24CsvReader csv = new SI24CsvReader();
        check(!csv.hasHeader() && csv.header().isEmpty() && csv.sum(List.of("1"), "qty") == 0, "no header");
        expect(IllegalStateException.class, () -> csv.field("a,b", "name"));
        expect(IllegalStateException.class, () -> csv.record("a,b"));
        expect(IllegalArgumentException.class, () -> csv.readHeader("a,,b"));
        expect(IllegalArgumentException.class, () -> csv.readHeader("a,a"));
        expect(IllegalArgumentException.class, () -> csv.field(null, "a"));
        csv.reset();

        csv.readHeader("sku, name , qty");
        check(csv.header().equals(List.of("sku", "name", "qty")), csv.header().toString());
        check(csv.field("A1, Widget, 4", "name").equals("Widget"), "field");
        check(csv.field("A1", "qty").isEmpty(), "short row");
        check(csv.record("B2,Gadget,7").equals(Map.of("sku", "B2", "name", "Gadget", "qty", "7")), "record");
        check(csv.sum(List.of("a,b,3", "c,d,", "e,f,10"), "qty") == 13, "sum");
        expect(IllegalArgumentException.class, () -> csv.field("x", "price"));
        expect(IllegalArgumentException.class, () -> csv.sum(List.of("a,b,x"), "qty"));
        expect(IllegalArgumentException.class, () -> csv.sum(null, "qty"));

        csv.reset();
        csv.reset();
        check(!csv.hasHeader() && csv.header().isEmpty(), "reset");
        expect(IllegalStateException.class, () -> csv.record("a"));

        csv.readHeader("id");
        check(csv.record("9").equals(Map.of("id", "9")) && csv.hasHeader(), "new header");
        System.out.println("OK SI24CsvReader");
    }
}
