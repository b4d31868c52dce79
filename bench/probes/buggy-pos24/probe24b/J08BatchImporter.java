package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

public class J08BatchImporter {

    private HashMap<String, Integer> columnIndex;
    private Hashtable<String, Integer> stats = new Hashtable<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Map<String, String>> imported = new ArrayList<>();

    void open(String headerLine) {
        String[] cols = headerLine.split(",");
        if (!"id".equals(cols[0].trim())) {
            throw new IllegalArgumentException("first column must be id: " + headerLine);
        }
        HashMap<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cols.length; i++) {
            index.put(cols[i].trim(), i);
        }
        columnIndex = index;
    }

    void setStats(Hashtable<String, Integer> stats) {
        this.stats = stats;
    }

    boolean hasColumn(String name) {
        return columnIndex != null && columnIndex.containsKey(name);
    }

    void importRow(String line) {
        String[] cells = line.split(",");
        int idCol = columnIndex.get("id"); // BUG
        Map<String, String> row = new HashMap<>();
        row.put("id", cells[idCol].trim());
        if (hasColumn("name")) {
            row.put("name", cells[columnIndex.get("name")].trim());
        }
        imported.add(row);
        count("rows");
    }

    void skipRow(String line) {
        if (columnIndex == null) {
            errors.add("no header, skipped: " + line);
            return;
        }
        errors.add("skipped id " + line.split(",")[columnIndex.get("id")]);
        count("skipped");
    }

    private void count(String key) {
        stats.merge(key, 1, Integer::sum); // BUG
    }

    int stat(String key) {
        return stats == null ? 0 : stats.getOrDefault(key, 0);
    }

    static Hashtable<String, Integer> statsFor(Map<String, Hashtable<String, Integer>> registry, String job) {
        return registry.get(job);
    }

    static int runJob(J08BatchImporter importer, List<String> lines) {
        try {
            importer.open(lines.get(0));
        } catch (IllegalArgumentException e) {
            importer.errors.add(e.getMessage());
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#")) {
                importer.skipRow(line.substring(1));
            } else {
                importer.importRow(line);
            }
        }
        return importer.imported.size();
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        Map<String, Hashtable<String, Integer>> registry = new HashMap<>();
        registry.put("customers", new Hashtable<>());
        J08BatchImporter good = new J08BatchImporter();
        good.setStats(statsFor(registry, "customers"));
        int n = runJob(good, List.of("id,name,city", "1,Ann,Oslo", "#2,Bo,Rome", "3,Cy,Lima"));
        assert n == 2 && good.stat("rows") == 2 && good.stat("skipped") == 1;
        assert registry.get("customers").get("rows") == 2 && good.imported.get(1).get("name").equals("Cy");
        J08BatchImporter noStats = new J08BatchImporter();
        noStats.setStats(statsFor(registry, "orders"));
        assert noStats.stat("rows") == 0 && !noStats.hasColumn("id");
        J08BatchImporter badHeader = new J08BatchImporter();
        int m = runJob(badHeader, List.of("name,id", "#Ann,1"));
        assert m == 0 && badHeader.errors.size() == 2 && badHeader.stat("rows") == 0;

        try {
            runJob(new J08BatchImporter(), List.of("name,id", "Ann,1"));
            missed(38);
        } catch (NullPointerException e) { report(e, 38); }
        try {
            runJob(noStats, List.of("id,name", "7,Dee"));
            missed(58);
        } catch (NullPointerException e) { report(e, 58); }
    }

    private static final String FILE = "J08BatchImporter.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
