package probe22b;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Nightly CSV import batch: every row gets a status; close() frees the status table. */
public class E18ImportBatch {

    private static final String FILE = "E18ImportBatch.java";

    public enum Status { OK, FAILED, SKIPPED }

    public static final class Row {
        final String raw;

        Row(String raw) {
            this.raw = raw;
        }
    }

    private final Predicate<String> validator;
    private final List<Row> rows = new ArrayList<>();
    private IdentityHashMap<Row, Status> statuses;

    public E18ImportBatch(Predicate<String> validator) {
        this.validator = validator;
    }

    public void open(List<String> lines) {
        statuses = new IdentityHashMap<>();
        rows.clear();
        for (String line : lines) {
            rows.add(new Row(line));
        }
    }

    public void process() {
        if (statuses == null) {
            throw new IllegalStateException("batch not open");
        }
        for (Row r : rows) {
            Status s = r.raw.isBlank() ? Status.SKIPPED : validator.test(r.raw) ? Status.OK : Status.FAILED;
            statuses.put(r, s);
        }
    }

    public List<String> failedRows() {
        List<String> out = new ArrayList<>();
        if (statuses != null) {
            statuses.forEach((row, s) -> {
                if (s == Status.FAILED) {
                    out.add(row.raw);
                }
            });
        }
        return out;
    }

    /** Summary written to the job log; the shutdown hook also calls it. */
    public String report() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : statuses.values()) { // BUG
            counts.merge(s, 1, Integer::sum);
        }
        return counts.toString();
    }

    public int retryFailed(Predicate<String> lenient) {
        int fixed = 0;
        for (Map.Entry<Row, Status> e : statuses.entrySet()) { // BUG
            if (e.getValue() == Status.FAILED && lenient.test(e.getKey().raw)) {
                e.setValue(Status.OK);
                fixed++;
            }
        }
        return fixed;
    }

    public void close() {
        statuses = null;
    }

    public static void main(String[] args) {
        E18ImportBatch batch = new E18ImportBatch(s -> s.matches("\\d+;[a-z]+"));
        try {
            batch.process();
            throw new AssertionError("process before open must fail");
        } catch (IllegalStateException expected) {
            assert batch.failedRows().isEmpty();
        }
        batch.open(List.of("1;anna", "2;Bert", " ", "3;carl"));
        batch.process();
        assert batch.failedRows().equals(List.of("2;Bert"));
        assert batch.retryFailed(s -> s.toLowerCase().matches("\\d+;[a-z]+")) == 1;
        assert batch.report().equals("{OK=3, SKIPPED=1}");
        batch.close();
        assert batch.failedRows().isEmpty();

        prove(66, batch::report);
        prove(74, () -> batch.retryFailed(s -> true));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
