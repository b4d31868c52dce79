package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Spreadsheet model: sheets made directly or by a builder, cells as inner
 * objects bound to their sheet, per-cell formulas and styles.
 */
public final class BF18Spreadsheet {

    static class Sheet {
        final String title;
        final Map<String, Double> values = new HashMap<>();
        private final Map<String, String> formulas;
        private Map<String, String> styles;

        Sheet(String title) {
            this.title = title;
            this.styles = new HashMap<>();
            this.formulas = newFormulaTable();
        }

        private Sheet(Builder builder) {
            this.title = builder.title;
            this.values.putAll(builder.values);
            this.formulas = newFormulaTable();
        }

        /** Subclasses may supply their own formula storage. */
        protected Map<String, String> newFormulaTable() {
            return new HashMap<>();
        }

        final class Cell {
            final String address;

            Cell(String address) {
                this.address = address;
            }

            void set(double value) {
                values.put(address, value);
            }

            void setFormula(String expression) {
                formulas.put(address, expression);
            }

            String formula() {
                return formulas == null ? null : formulas.get(address);
            }

            void style(String css) {
                styles.put(address, css);
            }

            String styleOf() {
                Map<String, String> table = styles;
                return table == null ? "" : table.getOrDefault(address, "");
            }

            /** Supports plain values and SUM(A1,B2,...) formulas. */
            double evaluate() {
                String formula = formula();
                if (formula == null) {
                    return values.getOrDefault(address, 0.0);
                }
                double sum = 0;
                for (String ref : formula.substring(4, formula.length() - 1).split(",")) {
                    sum += values.getOrDefault(ref.strip(), 0.0);
                }
                return sum;
            }
        }

        Cell cell(String address) {
            return new Cell(address);
        }
    }

    /** A sheet that only holds values: formulas are switched off. */
    static final class ValuesOnlySheet extends Sheet {
        ValuesOnlySheet(String title) {
            super(title);
        }

        @Override
        protected Map<String, String> newFormulaTable() {
            return null;
        }
    }

    static final class Builder {
        private String title = "Sheet1";
        private final Map<String, Double> values = new HashMap<>();
        private final Map<String, String> styles = new HashMap<>();

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder value(String address, double value) {
            values.put(address, value);
            return this;
        }

        Builder style(String address, String css) {
            styles.put(address, css);
            return this;
        }

        Sheet build() {
            return new Sheet(this);
        }
    }

    public static void main(String[] args) {
        Sheet budget = new Sheet("budget");
        budget.cell("A1").set(10);
        budget.cell("A2").set(32);
        budget.cell("A3").setFormula("SUM(A1, A2)");
        budget.cell("A3").style("bold");
        System.out.println(budget.title + " A3=" + budget.cell("A3").evaluate() + " style=" + budget.cell("A3").styleOf());
        Sheet built = new Builder().title("report").value("B1", 4).style("B1", "italic").build();
        built.cell("B2").setFormula("SUM(B1,B1)");
        System.out.println(built.title + " B2=" + built.cell("B2").evaluate() + " style='" + built.cell("B1").styleOf() + "'");
        Sheet values = new ValuesOnlySheet("raw");
        values.cell("C1").set(7);
        System.out.println(values.title + " C1=" + values.cell("C1").evaluate() + " formula=" + values.cell("C1").formula()
                + " style='" + values.cell("C1").styleOf() + "'");

        int proved = 0;
        proved += expect(56, () -> new Builder().value("D1", 1).build().cell("D1").style("red"));
        proved += expect(48, () -> new ValuesOnlySheet("v").cell("E1").setFormula("SUM(E2)"));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF18Spreadsheet.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
