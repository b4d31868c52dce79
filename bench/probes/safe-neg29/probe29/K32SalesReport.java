package probe29;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Aggregates sales rows per region and renders a CSV-like report with streams. */
public class K32SalesReport {

    private HashMap<String, Double> byRegion;
    private int rows;

    public void ingest(String csvLine) {
        String[] cols = csvLine.split(",");
        if (cols.length != 2) {
            throw new IllegalArgumentException("expected region,amount: " + csvLine);
        }
        if (!cols[1].trim().matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("bad amount: " + cols[1]);
        }
        double amount = Double.parseDouble(cols[1].trim());
        if (byRegion == null) {
            byRegion = new HashMap<>();
        }
        byRegion.merge(cols[0].trim(), amount, Double::sum);
        rows++;
    }

    public double total() {
        return Optional.ofNullable(byRegion).stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    public Optional<String> bestRegion() {
        return Optional.ofNullable(byRegion)
                .flatMap(m -> m.entrySet().stream().max(Map.Entry.comparingByValue()))
                .map(Map.Entry::getKey);
    }

    public List<String> csv() {
        return Optional.ofNullable(byRegion).stream()
                .flatMap(m -> m.entrySet().stream())
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> String.format("%s,%.2f", e.getKey(), e.getValue()))
                .collect(Collectors.toList());
    }

    public double share(String region) {
        double t = total();
        return t == 0 ? 0 : Optional.ofNullable(byRegion).map(m -> m.getOrDefault(region, 0.0)).orElse(0.0) / t;
    }

    public int rows() {
        return rows;
    }

    public void clear() {
        byRegion = null;
        rows = 0;
    }

    public static void main(String[] args) {
        K32SalesReport r = new K32SalesReport();
        System.out.println("total=" + r.total() + " best=" + r.bestRegion().orElse("-") + " csv=" + r.csv()
                + " share=" + r.share("north") + " rows=" + r.rows());
        for (String bad : new String[] {"north", "north,abc"}) {
            try {
                r.ingest(bad);
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
        }
        r.ingest("north, 100.5");
        r.ingest("south, 40");
        r.ingest("north, 19.5");
        r.ingest("east, 0");
        System.out.printf("total=%.1f best=%s share=%.2f rows=%d%n", r.total(), r.bestRegion().orElse("-"),
                r.share("north"), r.rows());
        System.out.println("csv=" + r.csv() + " share(west)=" + r.share("west"));
        r.clear();
        System.out.println("cleared total=" + r.total() + " best=" + r.bestRegion().isPresent() + " csv=" + r.csv());
    }
}
