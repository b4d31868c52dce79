package probe26;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nightly sales aggregation job. Accumulators exist only while a run is open; each method
 * reads the field once into a local and works on that.
 */
public final class D13ReportBatchJob implements AutoCloseable {

    public record SaleRow(String region, String product, int units, long cents) {}

    private Map<String, long[]> totalsByRegion; // non-null only between open() and finish()/close()
    private final List<String> published = new ArrayList<>();
    private int runs;
    private int rowsInRun;

    public void open() {
        if (totalsByRegion != null) {
            throw new IllegalStateException("run already open");
        }
        totalsByRegion = new TreeMap<>();
        rowsInRun = 0;
    }

    public boolean isOpen() {
        return totalsByRegion != null;
    }

    public boolean accept(SaleRow row) {
        Map<String, long[]> totals = this.totalsByRegion;
        if (totals == null) {
            return false;
        }
        long[] acc = totals.computeIfAbsent(row.region(), k -> new long[2]);
        acc[0] += row.units();
        acc[1] += row.cents();
        rowsInRun++;
        return true;
    }

    public int acceptAll(Iterable<SaleRow> rows) {
        int accepted = 0;
        for (SaleRow r : rows) {
            if (accept(r)) {
                accepted++;
            }
        }
        return accepted;
    }

    public int regionsSoFar() {
        Map<String, long[]> totals = this.totalsByRegion;
        return totals == null ? 0 : totals.size();
    }

    public List<String> finish() {
        Map<String, long[]> totals = this.totalsByRegion;
        if (totals == null) {
            return List.of();
        }
        totalsByRegion = null;
        List<String> lines = new ArrayList<>();
        totals.forEach((region, acc) -> lines.add(region + ": " + acc[0] + " units, " + acc[1] + " cents"));
        lines.add("rows=" + rowsInRun);
        published.addAll(lines);
        runs++;
        return lines;
    }

    @Override
    public void close() {
        totalsByRegion = null; // abandon an unfinished run
    }

    public int runs() {
        return runs;
    }

    public static void main(String[] args) {
        List<SaleRow> rows = List.of(new SaleRow("north", "tea", 3, 900), new SaleRow("south", "tea", 1, 300),
                new SaleRow("north", "cake", 2, 1100));
        try (D13ReportBatchJob job = new D13ReportBatchJob()) {
            System.out.println(job.isOpen() + " " + job.accept(rows.get(0)) + " " + job.regionsSoFar() + " " + job.finish());
            job.open();
            System.out.println(job.acceptAll(rows) + " regions=" + job.regionsSoFar());
            System.out.println(job.finish());
            System.out.println(job.finish() + " " + job.acceptAll(rows));
            job.open();
            job.accept(rows.get(1));
            System.out.println("open before close: " + job.isOpen() + " runs=" + job.runs());
        }
        D13ReportBatchJob second = new D13ReportBatchJob();
        second.close();
        System.out.println(second.regionsSoFar());
    }
}
