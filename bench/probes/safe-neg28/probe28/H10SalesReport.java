package probe28;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data-pipeline report step using the template-method pattern. The base class
 * owns a totals map that only exists for the duration of a final run() call.
 */
public class H10SalesReport {
    public record Sale(String region, String product, long cents) {}

    abstract static class Report {
        private TreeMap<String, Long> totals; // exists only while run() executes
        private int runs;

        protected abstract String keyOf(Sale s);

        protected String title() {
            return "report";
        }

        public final String run(List<Sale> sales) {
            totals = new TreeMap<>();
            try {
                for (Sale s : sales) {
                    add(keyOf(s), s.cents());
                }
                runs++;
                return render();
            } finally {
                totals = null;
            }
        }

        private void add(String key, long cents) {
            if (totals != null) {
                totals.merge(key, cents, Long::sum);
            }
        }

        private String render() {
            StringBuilder sb = new StringBuilder(title()).append(':');
            if (totals == null) {
                return sb.append(" n/a").toString();
            }
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            return sb.toString();
        }

        public final int liveKeys() {
            return totals == null ? 0 : totals.size();
        }

        public final int runs() {
            return runs;
        }
    }

    static final class ByRegion extends Report {
        @Override
        protected String keyOf(Sale s) {
            return s.region();
        }

        @Override
        protected String title() {
            return "region";
        }
    }

    static final class ByProduct extends Report {
        @Override
        protected String keyOf(Sale s) {
            return s.product();
        }
    }

    public static void main(String[] args) {
        List<Sale> sales = List.of(
                new Sale("EU", "widget", 500),
                new Sale("US", "widget", 700),
                new Sale("EU", "gadget", 250));
        Report byRegion = new ByRegion();
        Report byProduct = new ByProduct();
        assert byRegion.liveKeys() == 0;
        assert byRegion.run(sales).equals("region: EU=750 US=700");
        assert byRegion.liveKeys() == 0;
        assert byProduct.run(sales).equals("report: gadget=250 widget=1200");
        assert byProduct.run(List.of()).equals("report:");
        assert byProduct.runs() == 2;
        assert byRegion.runs() == 1;
        System.out.println(byRegion.run(sales.subList(0, 1)));
    }
}
