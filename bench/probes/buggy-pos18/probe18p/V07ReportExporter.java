package probe18p;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Exports tabular report rows as CSV or fixed-width text through small static helpers. */
public class V07ReportExporter {

    private final List<String> columns;
    private Map<String, String> columnLabels;
    private SortedMap<String, Integer> columnWidths;

    public V07ReportExporter(List<String> columns) {
        this.columns = columns;
    }

    public V07ReportExporter withLabels(Map<String, String> labels) {
        this.columnLabels = labels;
        return this;
    }

    public V07ReportExporter withWidths(Map<String, Integer> widths) {
        this.columnWidths = new TreeMap<>(widths);
        return this;
    }

    static final class Csv {
        static String headerLine(Map<String, String> labels, List<String> cols) {
            StringBuilder sb = new StringBuilder();
            for (String c : cols) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(labels.getOrDefault(c, c)); // BUG
            }
            return sb.toString();
        }
    }

    static final class FixedWidth {
        static String cell(SortedMap<String, Integer> widths, String column, String value) {
            int width = widths.getOrDefault(column, 12); // BUG
            String v = value.length() > width ? value.substring(0, width) : value;
            return v + " ".repeat(width - v.length());
        }
    }

    public String toCsv(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder(Csv.headerLine(columnLabels, columns)).append('\n');
        for (Map<String, String> row : rows) {
            out.append(String.join(",", columns.stream().map(c -> row.getOrDefault(c, "")).toList())).append('\n');
        }
        return out.toString();
    }

    public String toText(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> row : rows) {
            for (String c : columns) {
                out.append(FixedWidth.cell(columnWidths, c, row.getOrDefault(c, "")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V07ReportExporter.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V07ReportExporter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        List<String> cols = List.of("sku", "qty");
        List<Map<String, String>> rows = List.of(Map.of("sku", "A-1", "qty", "4"), Map.of("sku", "B-22", "qty", "10"));
        V07ReportExporter full = new V07ReportExporter(cols)
                .withLabels(Map.of("sku", "SKU", "qty", "Quantity"))
                .withWidths(Map.of("sku", 6, "qty", 4));
        System.out.print(full.toCsv(rows) + full.toText(rows));

        prove(36, () -> System.out.print(new V07ReportExporter(cols).toCsv(rows)));
        prove(44, () -> System.out.print(new V07ReportExporter(cols).withLabels(Map.of()).toText(rows)));
    }
}
