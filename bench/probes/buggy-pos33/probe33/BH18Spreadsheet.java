package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public class BH18Spreadsheet {
    static int defaultHeaderRows = 0;

    static final class Sheet {
        private final int headerRows = defaultHeaderRows;
        private final String headerStyle = headerRows > 0 ? styleFor("header") : "plain";
        private final Map<String, String> styles = new HashMap<>(Map.of("header", "bold", "total", "italic"));
        private final NavigableMap<String, Double> values = new TreeMap<>();
        private final List<Cell> observers = new ArrayList<>();
        private Map<String, String> comments;
        private Map<String, String> validations;

        String styleFor(String kind) {
            return styles.getOrDefault(kind, "plain");
        }

        void enableAnnotations() {
            if (comments == null) {
                comments = new HashMap<>();
            }
            if (validations == null) {
                comments = new HashMap<>();
            }
        }

        void comment(String ref, String text) {
            Map<String, String> c = comments;
            if (c != null) {
                c.put(ref, text);
            }
        }

        void addValidation(String ref, String rule) {
            validations.put(ref, rule);
        }

        boolean hasValidation(String ref) {
            return validations != null && validations.containsKey(ref);
        }

        void set(String ref, double value) {
            values.put(ref, value);
        }

        double value(String ref) {
            return values.getOrDefault(ref, 0.0);
        }

        int recalc() {
            int updates = 0;
            for (Cell cell : observers) {
                for (Map.Entry<String, Double> dep : cell.dependents.entrySet()) {
                    values.put(dep.getKey(), cell.value * dep.getValue());
                    updates++;
                }
            }
            return updates;
        }

        String headerStyle() {
            return headerStyle;
        }

        int commentCount() {
            Map<String, String> c = comments;
            return c == null ? 0 : c.size();
        }
    }

    static final class Cell {
        final String ref;
        final double value;
        Map<String, Double> dependents;

        Cell(Sheet sheet, String ref, String literal) {
            this.ref = ref;
            sheet.observers.add(this);
            this.value = Double.parseDouble(literal);
            this.dependents = new LinkedHashMap<>();
        }

        Cell feeds(String target, double factor) {
            dependents.put(target, factor);
            return this;
        }
    }

    public static void main(String[] args) throws Exception {
        Sheet sheet = new Sheet();
        sheet.set("A1", 2.0);
        Cell a1 = new Cell(sheet, "A1", "2.5").feeds("B1", 2.0).feeds("C1", 0.5);
        System.out.println(sheet.recalc() + " " + sheet.value("B1") + " " + sheet.styleFor("total") + " " + a1.ref);
        sheet.enableAnnotations();
        sheet.comment("A1", "input");
        System.out.println(sheet.hasValidation("A1") + " " + sheet.headerStyle() + " " + sheet.commentCount());

        defaultHeaderRows = 1;
        expect(25, () -> new Sheet());
        defaultHeaderRows = 0;
        expect(63, () -> {
            try {
                new Cell(sheet, "D1", "n/a");
            } catch (NumberFormatException e) {
                System.out.println("rejected literal: " + e.getMessage());
            }
            sheet.recalc();
        });
        expect(45, () -> sheet.addValidation("A1", ">0"));
    }

    private static final String FILE = "BH18Spreadsheet.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
