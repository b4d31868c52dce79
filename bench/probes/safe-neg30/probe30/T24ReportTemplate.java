package probe30;

import java.util.LinkedHashMap;
import java.util.List;

/** Text reports built with a begin/accept/finish/end template. */
public final class T24ReportTemplate {
    public record Sale(String region, long cents) {
        public Sale {
            if (region == null || cents < 0) throw new IllegalArgumentException("bad sale");
        }
    }

    public interface Renderer {
        String render(List<Sale> sales);
    }

    private abstract static class TemplateReport implements Renderer {
        @Override
        public final String render(List<Sale> sales) {
            List<Sale> rows = List.copyOf(sales); // caller code must not run while a render is in progress
            begin();
            try {
                for (Sale s : rows) accept(s);
                return finish();
            } finally {
                end();
            }
        }

        protected abstract void begin();

        protected abstract void accept(Sale sale);

        protected abstract String finish();

        protected abstract void end();
    }

    /** Totals per region, in order of first appearance. */
    private static final class RegionTotals extends TemplateReport {
        private LinkedHashMap<String, Long> totals; // lives only for the duration of one render()

        @Override
        protected void begin() { totals = new LinkedHashMap<>(); }

        @Override
        protected void accept(Sale sale) { totals.merge(sale.region(), sale.cents(), Long::sum); }

        @Override
        protected String finish() {
            if (totals.isEmpty()) return "(no sales)\n";
            StringBuilder sb = new StringBuilder();
            totals.forEach((region, c) -> sb.append(region).append(": ")
                    .append(c / 100).append('.').append(String.format(java.util.Locale.ROOT, "%02d", c % 100)).append('\n'));
            return sb.toString();
        }

        @Override
        protected void end() { totals = null; }
    }

    private T24ReportTemplate() {
    }

    public static Renderer regionTotals() {
        return new RegionTotals();
    }

    public static void main(String[] args) {
        Renderer report = regionTotals();
        assert report.render(List.of()).equals("(no sales)\n");
        Sale s1 = new Sale("EU", 1050);
        assert s1.region().equals("EU") && s1.cents() == 1050;
        String out = report.render(List.of(s1, new Sale("US", 99), new Sale("EU", 1000)));
        assert out.equals("EU: 20.50\nUS: 0.99\n") : out;
        assert report.render(List.of(new Sale("APAC", 5))).equals("APAC: 0.05\n");
        try {
            new Sale("EU", -1);
            throw new AssertionError("negative sale accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        // Sales the caller keeps mutating do not affect a render (the list is copied first).
        java.util.List<Sale> live = new java.util.ArrayList<>(List.of(s1));
        String first = report.render(live);
        live.add(new Sale("US", 1));
        assert first.equals("EU: 10.50\n") && report.render(live).equals("EU: 10.50\nUS: 0.01\n");
        System.out.println("T24 ok");
    }
}
