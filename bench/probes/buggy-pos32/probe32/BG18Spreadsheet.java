package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

public final class BG18Spreadsheet {
    private static final String FILE = "BG18Spreadsheet.java";
    private static final Pattern CELL_REF = Pattern.compile("[A-Z]{1,3}[0-9]{1,5}");

    record Scope(String label, Map<String, String> names) {
        String resolve(String name) {
            return names.getOrDefault(name, name);
        }

        boolean defines(String name) {
            return names != null && names.containsKey(name);
        }

        int size() {
            return names == null ? 0 : names.size();
        }
    }

    static final class Sheet {
        private final Scope workbookScope = new Scope("workbook", this.namedRanges);
        private final Map<String, String> namedRanges = new HashMap<>();
        private final Map<String, String> cells = new TreeMap<>();
        private Map<String, Boolean> visiting;
        private int evaluations;

        void set(String ref, String content) {
            cells.put(ref, content);
        }

        void name(String name, String ref) {
            namedRanges.put(name, ref);
        }

        Scope localScope() {
            return new Scope("sheet", namedRanges);
        }

        String resolveName(String token) {
            if (CELL_REF.matcher(token).matches()) {
                return token;
            }
            Scope local = localScope();
            return local.defines(token) ? local.resolve(token) : workbookScope.resolve(token);
        }

        double evaluate(String ref) {
            if (visiting == null) {
                visiting = new HashMap<>();
            }
            if (visiting.putIfAbsent(ref, Boolean.TRUE) != null) {
                throw new IllegalStateException("circular reference at " + ref);
            }
            try {
                double value = compute(ref);
                visiting.remove(ref);
                return value;
            } finally {
                visiting = null;
            }
        }

        private double compute(String ref) {
            evaluations++;
            String content = cells.getOrDefault(ref, "0");
            if (!content.startsWith("=")) {
                return Double.parseDouble(content);
            }
            double sum = 0;
            for (String raw : content.substring(1).split("\\+")) {
                String term = raw.strip();
                sum += Character.isLetter(term.charAt(0)) ? evaluate(resolveName(term)) : Double.parseDouble(term);
            }
            return sum;
        }

        int inProgress() {
            Map<String, Boolean> v = visiting;
            return v == null ? 0 : v.size();
        }

        String dump() {
            StringBuilder out = new StringBuilder();
            cells.forEach((ref, content) -> out.append(ref).append('=').append(content).append(' '));
            return out.toString().strip();
        }
    }

    public static void main(String[] args) throws Exception {
        Sheet sheet = new Sheet();
        sheet.set("A1", "40");
        sheet.set("A2", "2");
        sheet.set("B1", "=1.5+2.5");
        sheet.set("C1", "=A1+A2");
        sheet.set("D1", "=discount+1");
        sheet.name("total", "C1");
        System.out.println("A1=" + sheet.evaluate("A1") + " B1=" + sheet.evaluate("B1") + " inProgress=" + sheet.inProgress());
        System.out.println("total->" + sheet.resolveName("total") + " A2->" + sheet.resolveName("A2"));
        Scope local = sheet.localScope();
        System.out.println("local=" + local.size() + " workbook=" + sheet.workbookScope.size()
                + " defines=" + sheet.workbookScope.defines("total") + " evals=" + sheet.evaluations);
        System.out.println(sheet.dump());

        expectNpe(15, () -> sheet.evaluate("D1"));
        expectNpe(63, () -> sheet.evaluate("C1"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
