package probe26;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class O16ReportGenerator {

    abstract static class Report {
        protected Map<String, Double> totals;
        protected Map<String, Integer> counts;
        private boolean finished;

        protected void setUp() {
            totals = new TreeMap<>();
            counts = new TreeMap<>();
            finished = false;
        }

        protected abstract String keyOf(String[] row);

        public final Report run(List<String[]> rows) {
            setUp();
            for (String[] row : rows) {
                String key = keyOf(row);
                totals.merge(key, Double.parseDouble(row[2]), Double::sum);
                counts.merge(key, 1, Integer::sum);
            }
            return this;
        }

        public double average(String key) {
            Integer n = counts == null ? null : counts.get(key);
            return n == null ? 0.0 : totals.get(key) / n;
        }

        public Map<String, Double> finish() {
            Map<String, Double> result = totals == null ? Map.of() : new LinkedHashMap<>(totals);
            totals = null;
            counts = null;
            finished = true;
            return result;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + (finished ? " (finished) " : " ") + totals.keySet();
        }
    }

    static final class RegionReport extends Report {
        @Override
        protected String keyOf(String[] row) {
            return row[0];
        }
    }

    static final class ProductReport extends Report {
        private Map<String, String> aliases;

        @Override
        protected void setUp() {
            if (aliases == null) {
                super.setUp();
                aliases = new LinkedHashMap<>();
                aliases.put("tea-green", "tea");
                aliases.put("tea-black", "tea");
            } else {
                totals = new TreeMap<>();
            }
        }

        @Override
        protected String keyOf(String[] row) {
            return aliases.getOrDefault(row[1], row[1]);
        }
    }

    static List<String[]> sales() {
        return List.of(
                new String[] {"north", "tea-green", "4.0"},
                new String[] {"south", "coffee", "6.0"},
                new String[] {"north", "tea-black", "2.0"});
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O16ReportGenerator.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O16ReportGenerator.java:" + line + " OK");
        } else {
            System.out.println("MISS O16ReportGenerator.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        Report regions = new RegionReport().run(sales());
        if (regions.average("north") != 3.0 || !regions.toString().equals("RegionReport [north, south]")) {
            throw new IllegalStateException("regions " + regions);
        }
        Map<String, Double> byRegion = regions.finish();
        if (byRegion.get("south") != 6.0 || regions.average("north") != 0.0 || !regions.finish().isEmpty()) {
            throw new IllegalStateException("finish");
        }
        regions.run(sales());
        Report products = new ProductReport().run(sales());
        if (products.average("tea") != 3.0 || !products.toString().equals("ProductReport [coffee, tea]") || regions.average("south") != 6.0) {
            throw new IllegalStateException("products " + products);
        }

        expectNpe(28, () -> {
            Report p = new ProductReport().run(sales());
            p.finish();
            p.run(sales());
        });
        expectNpe(48, () -> {
            Report r = new RegionReport().run(sales());
            r.finish();
            System.out.println("closed " + r);
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
