package probe25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

public class L18CsvParser {

    private LinkedHashMap<String, Integer> headerIndex;
    private Properties dialect;
    private final List<String[]> rows = new ArrayList<>();

    public L18CsvParser(String options) {
        if (options != null && !options.isEmpty()) {
            dialect = new Properties();
            for (String kv : options.split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    dialect.setProperty(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
            }
        }
    }

    private String delimiter() {
        return dialect == null ? "," : dialect.getProperty("delimiter", ",");
    }

    private String[] split(String line) {
        String[] cells = line.split(Pattern.quote(delimiter()), -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    public void parse(List<String> lines, boolean hasHeader) {
        rows.clear();
        int start = 0;
        if (hasHeader && !lines.isEmpty()) {
            headerIndex = new LinkedHashMap<>();
            String[] names = split(lines.get(0));
            for (int i = 0; i < names.length; i++) {
                headerIndex.put(names[i], i);
            }
            start = 1;
        }
        for (int i = start; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(split(lines.get(i)));
            }
        }
    }

    public String value(int row, String column) {
        Integer idx = headerIndex.get(column);
        if (idx == null || row >= rows.size() || idx >= rows.get(row).length) {
            return null;
        }
        return rows.get(row)[idx];
    }

    public String cell(int row, int col) {
        String[] r = rows.get(row);
        return col < r.length ? r[col] : null;
    }

    public int columnCount() {
        if (headerIndex != null) {
            return headerIndex.size();
        }
        return rows.isEmpty() ? 0 : rows.get(0).length;
    }

    public List<String> columns() {
        List<String> out = new ArrayList<>();
        if (headerIndex == null) {
            for (int i = 0; i < columnCount(); i++) {
                out.add("col" + i);
            }
        } else {
            out.addAll(headerIndex.keySet());
        }
        return out;
    }

    public boolean quoted() {
        return Boolean.parseBoolean(dialect.getProperty("quoted", "false"));
    }

    public int rowCount() {
        return rows.size();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L18CsvParser.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L18CsvParser piped = new L18CsvParser("delimiter=|;quoted=true");
        piped.parse(List.of("name|age", "ann|31", "bob|27"), true);
        System.out.println(piped.columns() + " age(0)=" + piped.value(0, "age") + " quoted=" + piped.quoted());

        L18CsvParser csv = new L18CsvParser("quoted=false");
        csv.parse(List.of("name, age, city", "ann, 31, Oslo", "", "bob, 27, Lima"), true);
        System.out.println(csv.columns() + " rows=" + csv.rowCount() + " city(1)=" + csv.value(1, "city")
                + " quoted=" + csv.quoted());

        L18CsvParser plain = new L18CsvParser("");
        plain.parse(List.of("1,2,3", "4,5,6"), false);
        System.out.println(plain.columns() + " cell=" + plain.cell(1, 2) + " count=" + plain.columnCount());

        expectNpe(58, () -> plain.value(0, "col0"));
        expectNpe(90, () -> plain.quoted());
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
