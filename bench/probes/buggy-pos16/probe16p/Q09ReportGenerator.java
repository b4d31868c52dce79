package probe16p;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Q09ReportGenerator {

    enum Grouping { BY_REGION, BY_PRODUCT, BY_MONTH }

    record Sale(String region, String product, String month, double amount) { }

    public Map<String, Double> totals(Grouping grouping, List<Sale> sales) {
        Map<String, Double> totals = null;
        switch (grouping) {
            case BY_REGION:
                totals = new TreeMap<>();
                break;
            case BY_PRODUCT:
                totals = new LinkedHashMap<>();
                break;
        }
        for (Sale sale : sales) {
            String key = grouping == Grouping.BY_REGION ? sale.region()
                    : grouping == Grouping.BY_PRODUCT ? sale.product() : sale.month();
            totals.merge(key, sale.amount(), Double::sum); // BUG
        }
        return totals;
    }

    public String render(String format, Map<String, Double> totals) {
        Map<String, Integer> columnWidths = null;
        if ("csv".equals(format)) {
            return String.join("\n", totals.keySet());
        } else if ("txt".equals(format)) {
            columnWidths = new HashMap<>();
        }
        for (String key : totals.keySet()) {
            columnWidths.merge("key", key.length(), Math::max); // BUG
        }
        int width = columnWidths.getOrDefault("key", 0);
        StringBuilder out = new StringBuilder();
        totals.forEach((k, v) -> out.append(String.format("%-" + width + "s %10.2f%n", k, v)));
        return out.toString();
    }

    public static void main(String[] args) {
        Q09ReportGenerator generator = new Q09ReportGenerator();
        List<Sale> sales = List.of(
                new Sale("north", "widget", "2024-01", 120.0),
                new Sale("south", "gadget", "2024-02", 80.0),
                new Sale("north", "gadget", "2024-02", 40.0));
        Map<String, Double> byRegion = generator.totals(Grouping.BY_REGION, sales);
        System.out.print(generator.render("txt", byRegion));

        prove("monthly totals", () -> generator.totals(Grouping.BY_MONTH, sales));
        prove("markdown render", () -> generator.render("md", byRegion));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
