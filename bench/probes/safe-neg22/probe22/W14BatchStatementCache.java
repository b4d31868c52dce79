package probe22;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups JDBC batch rows per SQL statement. {@code beginBatch()} either creates the row table or
 * clears the existing one (if / else), so the table exists after it returns; {@code addRow} calls
 * it when there is no table yet. {@code release()} frees the table between busy periods.
 */
public class W14BatchStatementCache {

    /** Not thread-safe: one collector per writer thread. */
    public static final class BatchCollector {
        private Map<String, List<Object[]>> rowsBySql; // null until the first batch, and after release()
        private int batchesStarted;

        public void beginBatch() {
            if (rowsBySql == null) {
                rowsBySql = new LinkedHashMap<>();
            } else {
                rowsBySql.clear();
            }
            batchesStarted++;
        }

        public void addRow(String sql, Object... params) {
            if (rowsBySql == null) {
                beginBatch();
            }
            rowsBySql.computeIfAbsent(sql, k -> new ArrayList<>()).add(params.clone());
        }

        public int pendingRows() {
            if (rowsBySql == null) {
                return 0;
            }
            int n = 0;
            for (List<Object[]> rows : rowsBySql.values()) {
                n += rows.size();
            }
            return n;
        }

        public List<String> executeBatch() {
            if (rowsBySql == null) {
                return List.of();
            }
            List<String> log = new ArrayList<>();
            for (Map.Entry<String, List<Object[]>> e : rowsBySql.entrySet()) {
                StringBuilder sb = new StringBuilder(e.getKey()).append(" x").append(e.getValue().size());
                for (Object[] row : e.getValue()) {
                    sb.append(' ').append(Arrays.toString(row));
                }
                log.add(sb.toString());
            }
            rowsBySql.clear();
            return log;
        }

        public void release() {
            rowsBySql = null;
        }

        public int batchesStarted() {
            return batchesStarted;
        }
    }

    public static void main(String[] args) {
        BatchCollector c = new BatchCollector();
        System.out.println(c.executeBatch() + " pending=" + c.pendingRows());

        c.addRow("insert into audit(msg) values (?)", "login");
        c.addRow("insert into audit(msg) values (?)", "logout");
        c.addRow("update users set seen = ? where id = ?", 1700000000L, 42);
        System.out.println("pending=" + c.pendingRows());
        c.executeBatch().forEach(System.out::println);

        c.beginBatch();
        c.addRow("delete from sessions where id = ?", "s-1");
        c.beginBatch();
        System.out.println("after restart pending=" + c.pendingRows());

        c.release();
        System.out.println("released pending=" + c.pendingRows() + " " + c.executeBatch());
        c.addRow("insert into audit(msg) values (?)", "again");
        System.out.println(c.executeBatch() + " batches=" + c.batchesStarted());
    }
}
