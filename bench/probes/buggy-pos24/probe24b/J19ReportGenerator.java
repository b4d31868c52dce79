package probe24b;

import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

public class J19ReportGenerator {

    record Sale(String region, String product, double amount) { }

    abstract static class Report {
        protected NavigableMap<String, Double> totals;
        protected final StringBuilder out = new StringBuilder();
        protected final Hashtable<String, String> labels = new Hashtable<>();

        final String generate(List<Sale> sales) {
            collect(sales);
            render();
            return out.toString();
        }

        protected void collect(List<Sale> sales) {
            totals = new TreeMap<>();
            sales.forEach(s -> totals.merge(key(s), s.amount(), Double::sum));
        }

        protected abstract String key(Sale s);

        protected void render() {
            for (Map.Entry<String, Double> e : totals.entrySet()) { // BUG
                String label = labels.getOrDefault(e.getKey(), e.getKey());
                out.append(String.format(Locale.ROOT, "%s=%.2f\n", label, e.getValue()));
            }
        }

        double grandTotal() {
            double sum = 0.0;
            if (totals != null) {
                for (double v : totals.values()) sum += v;
            }
            return sum;
        }
    }

    static final class RegionReport extends Report {
        RegionReport() {
            labels.put("EU", "Europe");
            labels.put("NA", "North America");
        }

        @Override
        protected String key(Sale s) { return s.region(); }
    }

    static final class ProductCsvReport extends Report {
        @Override
        protected String key(Sale s) { return s.product(); }

        @Override
        protected void collect(List<Sale> sales) {
            if (sales.isEmpty()) {
                out.append("# no sales in period\n");
                return;
            }
            super.collect(sales);
        }

        @Override
        protected void render() {
            out.append("product,total\n");
            super.render();
        }
    }

    static final class TopSellerReport extends Report {
        @Override
        protected String key(Sale s) { return s.product(); }

        @Override
        protected void collect(List<Sale> sales) {
            if (!sales.isEmpty()) super.collect(sales);
        }

        @Override
        protected void render() {
            if (totals == null || totals.isEmpty()) {
                out.append("top seller: n/a\n");
                return;
            }
            Map.Entry<String, Double> top = totals.firstEntry();
            for (Map.Entry<String, Double> e : totals.entrySet()) {
                if (e.getValue() > top.getValue()) top = e;
            }
            out.append("top seller: ").append(top.getKey()).append('\n');
        }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        List<Sale> q1 = List.of(new Sale("EU", "widget", 120.0), new Sale("NA", "gadget", 80.5),
                new Sale("EU", "gadget", 19.5));
        String regions = new RegionReport().generate(q1);
        assert regions.equals("Europe=139.50\nNorth America=80.50\n");
        ProductCsvReport csv = new ProductCsvReport();
        String csvText = csv.generate(q1);
        assert csvText.equals("product,total\ngadget=100.00\nwidget=120.00\n") && csv.grandTotal() == 220.0;
        String topText = new TopSellerReport().generate(q1);
        TopSellerReport emptyTop = new TopSellerReport();
        String emptyText = emptyTop.generate(List.of());
        assert topText.equals("top seller: widget\n") && emptyText.equals("top seller: n/a\n");
        assert emptyTop.grandTotal() == 0.0 && emptyTop.totals == null;

        try {
            new ProductCsvReport().generate(List.of());
            missed(33);
        } catch (NullPointerException e) { report(e, 33); }
    }

    private static final String FILE = "J19ReportGenerator.java";

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
