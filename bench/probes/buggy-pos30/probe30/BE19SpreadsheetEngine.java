package probe30;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Spreadsheet formula engine: cell values, a dependency graph, number formats and undo checkpoints. */
public final class BE19SpreadsheetEngine {

    private static final String FILE = "BE19SpreadsheetEngine.java";

    record Formula(String cell, List<String> refs) { }

    private Map<String, Double> cells = new TreeMap<>();
    private Map<String, Double> checkpoint;
    private Map<String, Set<String>> dependents;
    private Map<String, String> formats;
    private final Locale locale;

    BE19SpreadsheetEngine(Locale locale) {
        this.locale = locale;
        if (locale != null) {
            formats = new HashMap<>();
            formats.put("currency", locale.getCountry().equals("DE") ? "#.##0,00 EUR" : "$#,##0.00");
        }
    }

    private Map<String, Double> cells() {
        if (cells == null) {
            cells = new TreeMap<>();
        }
        return cells;
    }

    void set(String cell, double value) {
        cells().put(cell, value);
    }

    void link(List<Formula> formulas) {
        for (Formula f : formulas) {
            if (dependents == null) {
                dependents = new HashMap<>();
            }
            for (String ref : f.refs()) {
                dependents.computeIfAbsent(ref, r -> new TreeSet<>()).add(f.cell());
            }
        }
    }

    Set<String> affectedBy(String cell) {
        return dependents.getOrDefault(cell, Set.of());
    }

    int graphSize() {
        Map<String, Set<String>> graph = dependents;
        return graph == null ? 0 : graph.size();
    }

    void defineFormat(String name, String pattern) {
        formats.put(name, pattern);
    }

    String format(String name, double value) {
        String pattern = formats == null ? null : formats.get(name);
        String prefix = pattern != null && pattern.startsWith("$") ? "$" : "";
        return prefix + String.format(Locale.ROOT, "%.2f", value);
    }

    void beginTransaction() {
        checkpoint = new TreeMap<>(cells());
    }

    void commit() {
        checkpoint = null;
    }

    void rollback() {
        cells = checkpoint;
        checkpoint = null;
    }

    double sum(String... refs) {
        double total = 0;
        for (String r : refs) {
            total += cells.getOrDefault(r, 0.0);
        }
        return total;
    }

    boolean inTransaction() {
        return checkpoint != null;
    }

    public static void main(String[] args) {
        BE19SpreadsheetEngine sheet = new BE19SpreadsheetEngine(Locale.US);
        sheet.set("A1", 10);
        sheet.set("A2", 32);
        sheet.link(List.of(new Formula("A3", List.of("A1", "A2")), new Formula("B1", List.of("A3"))));
        sheet.defineFormat("percent", "0.0%");
        System.out.println("A1 -> " + sheet.affectedBy("A1") + " graph=" + sheet.graphSize()
                + " total=" + sheet.format("currency", sheet.sum("A1", "A2")));
        sheet.beginTransaction();
        sheet.set("A1", 99);
        sheet.rollback();
        sheet.beginTransaction();
        sheet.set("A2", 1);
        sheet.commit();
        System.out.println("after rollback/commit sum=" + sheet.sum("A1", "A2") + " tx=" + sheet.inTransaction());
        BE19SpreadsheetEngine raw = new BE19SpreadsheetEngine(null);
        raw.link(List.of());
        System.out.println("raw graph=" + raw.graphSize() + " fmt=" + raw.format("currency", 3.5));

        try {
            raw.affectedBy("A1");
            miss(55);
        } catch (NullPointerException e) {
            expect(e, 55);
        }
        try {
            raw.defineFormat("date", "yyyy-MM-dd");
            miss(64);
        } catch (NullPointerException e) {
            expect(e, 64);
        }
        try {
            sheet.rollback();
            System.out.println(sheet.sum("C1"));
            miss(89);
        } catch (NullPointerException e) {
            expect(e, 89);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
