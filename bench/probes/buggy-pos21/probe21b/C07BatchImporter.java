package probe21b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Imports CSV batches into the staging schema and keeps statistics for the current batch. */
public class C07BatchImporter {

    private static final String FILE = "C07BatchImporter.java";

    /** Rows accepted per table in the current batch. */
    private Map<String, Integer> accepted;
    /** Rejection reason per table in the current batch; handed off by {@link #commitRejections}. */
    private Map<String, String> rejected;

    private static void validate(List<String> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty batch");
        }
    }

    /** Starts a new batch; both statistics maps exist before any row is looked at. */
    void importBatch(String table, List<String> rows) {
        accepted = new HashMap<>();
        rejected = new HashMap<>();
        try {
            validate(rows);
            accepted.merge(table, rows.size(), Integer::sum);
        } catch (IllegalArgumentException e) {
            rejected.put(table, e.getMessage());
        } finally {
            accepted.putIfAbsent(table, 0);
        }
    }

    /** Adds rows to the current batch; the statistics are created for the first valid rows. */
    void appendBatch(String table, List<String> rows) {
        try {
            validate(rows);
            if (accepted == null) {
                accepted = new HashMap<>();
                rejected = new HashMap<>();
            }
            accepted.merge(table, rows.size(), Integer::sum);
        } catch (IllegalArgumentException e) {
            rejected.put(table, e.getMessage()); // BUG
        } finally {
            accepted.putIfAbsent(table, 0); // BUG
        }
    }

    /** Hands the rejections to the error queue; the accepted counts stay for the report. */
    void commitRejections(List<String> queue) {
        if (rejected != null) {
            rejected.forEach((table, reason) -> queue.add(table + ": " + reason));
            rejected = null;
        }
    }

    int acceptedRows() {
        int total = 0;
        if (accepted != null) {
            for (int n : accepted.values()) {
                total += n;
            }
        }
        return total;
    }

    public static void main(String[] args) {
        C07BatchImporter importer = new C07BatchImporter();
        List<String> queue = new ArrayList<>();
        importer.importBatch("users", List.of("u1", "u2"));
        importer.importBatch("orders", List.of());
        importer.appendBatch("orders", List.of("o1"));
        importer.appendBatch("orders", List.of());
        importer.commitRejections(queue);
        importer.appendBatch("orders", List.of("o2", "o3"));
        importer.commitRejections(queue);
        System.out.println("safe: " + importer.acceptedRows() + " rows, rejected " + queue);

        prove(FILE, 48, () -> {
            C07BatchImporter batch = new C07BatchImporter();
            batch.importBatch("items", List.of("i1"));
            batch.commitRejections(new ArrayList<>());
            batch.appendBatch("items", List.of());
        });
        prove(FILE, 50, () -> new C07BatchImporter().appendBatch("items", List.of()));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
