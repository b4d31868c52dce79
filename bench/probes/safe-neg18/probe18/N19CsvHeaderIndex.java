package probe18;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal CSV reader that maps header names to column positions for typed row access. */
public final class N19CsvHeaderIndex {
    private Map<String, Integer> columnIndex;
    private final List<String[]> rows = new ArrayList<>();
    private int skipped;

    public void parse(String csv) {
        rows.clear();
        skipped = 0;
        boolean header = true;
        for (String line : csv.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            if (header) {
                columnIndex = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columnIndex.putIfAbsent(cells[i].trim(), i);
                }
                header = false;
                continue;
            }
            if (cells.length != columnIndex.size()) {
                skipped++;
                continue;
            }
            rows.add(cells);
        }
    }

    public String value(int row, String column) {
        if (columnIndex == null || row < 0 || row >= rows.size()) {
            return null;
        }
        Integer idx = columnIndex.get(column);
        return idx == null ? null : rows.get(row)[idx].trim();
    }

    public List<String> headers() {
        return columnIndex == null ? List.of() : List.copyOf(columnIndex.keySet());
    }

    public int rowCount() {
        return rows.size();
    }

    public int skipped() {
        return skipped;
    }

    public static void main(String[] args) {
        N19CsvHeaderIndex csv = new N19CsvHeaderIndex();
        System.out.println(csv.headers() + " " + csv.value(0, "name") + " rows=" + csv.rowCount());
        csv.parse("id,name,score\n1,Ann,90\n2,Bob\n3,Cid,75");
        System.out.println(csv.headers() + " " + csv.value(1, "name") + " score=" + csv.value(0, "score")
                + " rows=" + csv.rowCount() + " skipped=" + csv.skipped());
        csv.parse("");
        System.out.println(csv.headers() + " rows=" + csv.rowCount() + " " + csv.value(0, ""));
        csv.parse("only,header");
        System.out.println(csv.headers() + " " + csv.value(0, "only"));
    }
}
