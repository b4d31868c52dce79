package probe30;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps CSV column names to positions once the header line has been read. */
public final class T06CsvHeaderIndex {
    private Map<String, Integer> byName; // column name -> position
    private int columnCount = -1;        // -1 until a header has been read

    public void readHeader(String line) {
        String[] names = line.split(",", -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) throw new IllegalArgumentException("empty column name at " + i);
            if (index.putIfAbsent(name, i) != null) throw new IllegalArgumentException("duplicate column " + name);
        }
        byName = index;
        columnCount = names.length;
    }

    public int columnCount() {
        return columnCount;
    }

    public boolean hasHeader() {
        return columnCount() >= 0;
    }

    public String field(String row, String column) {
        if (!hasHeader()) throw new IllegalStateException("header not read yet");
        Integer position = byName.get(column);
        if (position == null) throw new IllegalArgumentException("unknown column " + column);
        String[] cells = row.split(",", -1);
        if (cells.length != columnCount) throw new IllegalArgumentException("expected " + columnCount + " cells");
        return cells[position].trim();
    }

    public List<String> columns() {
        if (columnCount() < 0) return List.of();
        String[] ordered = new String[columnCount];
        byName.forEach((name, pos) -> ordered[pos] = name);
        return List.of(ordered);
    }

    public void reset() {
        columnCount = -1;
        byName = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T06CsvHeaderIndex csv = new T06CsvHeaderIndex();
        assert csv.columnCount() == -1 && !csv.hasHeader();
        assert csv.columns().isEmpty();
        expectFailure(() -> csv.field("1,2", "id"));

        csv.readHeader("id, name ,email");
        assert csv.hasHeader() && csv.columnCount() == 3;
        assert csv.columns().equals(List.of("id", "name", "email"));
        assert csv.field("7, Ada ,ada@example.org", "name").equals("Ada");
        expectFailure(() -> csv.field("7,Ada", "name"));
        expectFailure(() -> csv.field("7,Ada,x", "phone"));

        expectFailure(() -> csv.readHeader("a,b,a"));
        assert csv.columnCount() == 3; // failed header keeps the previous one
        expectFailure(() -> csv.readHeader("a,,b"));

        csv.reset();
        assert !csv.hasHeader() && csv.columns().isEmpty();
        expectFailure(() -> csv.field("1,2,3", "id"));
        csv.reset();
        expectFailure(() -> csv.readHeader(""));
        assert !csv.hasHeader();
        csv.readHeader("k");
        assert csv.field("v", "k").equals("v");
        System.out.println("T06 ok");
    }
}
