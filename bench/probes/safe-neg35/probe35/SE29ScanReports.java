package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Results of a static-analysis scanner. A Report record carries a findings map only
 * when the scan completed; the compact constructor enforces complete == (findings
 * present), and every accessor tests the boolean component instead of the map.
 */
public class SE29ScanReports {
    public record Report(String target, Map<String, Integer> findings, boolean complete) {
        public Report {
            Objects.requireNonNull(target, "target");
            if (complete != (findings != null)) {
                throw new IllegalArgumentException("complete reports carry findings, partial ones must not");
            }
            if (complete) {
                findings = Map.copyOf(findings);
            }
        }

        static Report partial(String target) {
            return new Report(target, null, false);
        }

        public int count(String rule) {
            return complete ? findings.getOrDefault(rule, 0) : 0;
        }

        public int total() {
            int sum = 0;
            if (complete) {
                for (int n : findings.values()) {
                    sum += n;
                }
            }
            return sum;
        }

        public String summary() {
            return target + (complete ? " " + total() + " findings in " + findings.size() + " rules" : " (incomplete)");
        }
    }

    private final List<Report> history = new ArrayList<>();
    private Report latest = Report.partial("<none>");

    public void record(Report report) {
        history.add(report);
        latest = report;
    }

    public Report latest() {
        return latest;
    }

    public int worstRuleCount(String rule) {
        int worst = 0;
        for (Report r : history) {
            worst = Math.max(worst, r.count(rule));
        }
        return worst;
    }

    public static void main(String[] args) {
        SE29ScanReports reports = new SE29ScanReports();
        check(reports.latest().count("NP") == 0 && reports.latest().summary().equals("<none> (incomplete)"), "initial");
        expect(IllegalArgumentException.class, () -> new Report("core", null, true));
        expect(IllegalArgumentException.class, () -> new Report("core", Map.of(), false));

        reports.record(Report.partial("core"));
        check(reports.latest().total() == 0 && reports.worstRuleCount("NP") == 0, "partial scan");

        reports.record(new Report("core", Map.of("NP", 3, "UNUSED", 2), true));
        check(reports.latest().count("NP") == 3 && reports.latest().summary().equals("core 5 findings in 2 rules"), "complete");

        for (int round = 0; round < 2; round++) {
            reports.record(Report.partial("core"));
            check(reports.latest().count("NP") == 0 && reports.latest().total() == 0, "aborted scan");
            check(reports.worstRuleCount("NP") == 3, "history keeps complete ones");
        }

        reports.record(new Report("web", Map.of("NP", 5), true));
        check(reports.worstRuleCount("NP") == 5 && reports.latest().count("UNUSED") == 0, "new complete scan");
        check(reports.history.size() == 5, "history size");
        System.out.println("SE29ScanReports ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
