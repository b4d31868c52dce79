package probe18;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Assembles per-region sales totals and hands them off to an immutable report object. */
public final class N34ReportAssembler {

    public record Sale(String region, double amount) {
    }

    public static final class Report {
        private final SortedMap<String, Double> totals;

        Report(SortedMap<String, Double> totals) {
            this.totals = Objects.requireNonNull(totals);
        }

        public double total(String region) {
            return totals.getOrDefault(region, 0.0);
        }

        public String render() {
            StringBuilder sb = new StringBuilder();
            totals.forEach((r, v) -> sb.append(String.format("%-6s %8.2f%n", r, v)));
            return sb.toString();
        }
    }

    private SortedMap<String, Double> totals;
    private int reportsBuilt;

    public Report build(List<Sale> sales) {
        totals = new TreeMap<>();
        for (Sale s : sales) {
            totals.merge(s.region(), s.amount(), Double::sum);
        }
        Report report = new Report(totals);
        totals = null;
        reportsBuilt++;
        return report;
    }

    public boolean inProgress() {
        return totals != null;
    }

    public int reportsBuilt() {
        return reportsBuilt;
    }

    public static void main(String[] args) {
        N34ReportAssembler assembler = new N34ReportAssembler();
        System.out.println("in progress=" + assembler.inProgress());
        Report empty = assembler.build(List.of());
        System.out.print("[" + empty.render() + "] north=" + empty.total("north") + "\n");
        Report q1 = assembler.build(List.of(new Sale("north", 10.5), new Sale("south", 3), new Sale("north", 4.5)));
        System.out.print(q1.render());
        System.out.println("north=" + q1.total("north") + " built=" + assembler.reportsBuilt()
                + " in progress=" + assembler.inProgress());
        Report q2 = assembler.build(List.of(new Sale("east", 1.0)));
        System.out.print(q2.render() + q1.render());
    }
}
