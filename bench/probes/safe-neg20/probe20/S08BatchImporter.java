package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class S08BatchImporter {
    private Map<String, Integer> columnIndex;
    private Map<String, String> currentRow;
    private final List<String> imported = new ArrayList<>();

    public int importCsv(String csv) {
        String[] lines = csv.split("\n");
        columnIndex = new HashMap<>();
        try {
            String[] header = lines[0].split(",");
            for (int i = 0; i < header.length; i++) {
                columnIndex.put(header[i].trim(), i);
            }
            int count = 0;
            for (int r = 1; r < lines.length; r++) {
                currentRow = new HashMap<>();
                try {
                    String[] cells = lines[r].split(",");
                    for (Map.Entry<String, Integer> e : columnIndex.entrySet()) {
                        int idx = e.getValue();
                        if (idx >= cells.length) {
                            throw new IllegalArgumentException("short row " + r);
                        }
                        currentRow.put(e.getKey(), cells[idx].trim());
                    }
                    imported.add(currentRow.get("name") + ":" + currentRow.get("amount"));
                    count++;
                } catch (IllegalArgumentException ex) {
                    System.out.println("skipped: " + ex.getMessage());
                } finally {
                    currentRow = null;
                }
            }
            return count;
        } finally {
            columnIndex = null;
        }
    }

    public String describeState() {
        return "columns=" + (columnIndex == null ? "none" : String.valueOf(columnIndex.size()))
                + " row=" + (currentRow == null ? "none" : currentRow.toString());
    }

    public static void main(String[] args) {
        S08BatchImporter importer = new S08BatchImporter();
        System.out.println(importer.describeState());
        int n = importer.importCsv("name,amount\nalpha,10\nbeta\ngamma,30");
        System.out.println("imported " + n + " -> " + importer.imported);
        System.out.println(importer.describeState());
        System.out.println("header-only import: " + importer.importCsv("name,amount"));
        System.out.println(importer.describeState());
    }
}
