package probe28;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security audit log for a backend. Events are normally written straight to
 * the store; during runBatch() they are first aggregated in a batch map which
 * try/finally always flushes and drops.
 */
public class H20AuditLog {
    private final String system;
    private final List<String> store = new ArrayList<>();
    private LinkedHashMap<String, Integer> batch; // non-null only inside runBatch()
    private int batches;

    public H20AuditLog(String system) {
        this.system = system;
    }

    public void record(String event) {
        if (batch != null) {
            batch.merge(event, 1, Integer::sum);
        } else {
            store.add(event);
        }
    }

    public boolean inBatch() {
        return batch != null;
    }

    public int runBatch(List<String> events, boolean failHalfway) {
        batch = new LinkedHashMap<>();
        batches++;
        try {
            int i = 0;
            for (String e : events) {
                if (failHalfway && i == events.size() / 2) {
                    throw new IllegalStateException("storage hiccup");
                }
                record(e);
                i++;
            }
            return pendingInBatch();
        } finally {
            flush();
            batch = null;
        }
    }

    private void flush() {
        if (batch == null) {
            return;
        }
        for (Map.Entry<String, Integer> e : batch.entrySet()) {
            store.add(e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue());
        }
        batch.clear();
    }

    public int pendingInBatch() {
        return batch == null ? 0 : batch.size();
    }

    public List<String> store() {
        return List.copyOf(store);
    }

    public String summary() {
        return system + " entries=" + store.size() + " batches=" + batches;
    }

    public static void main(String[] args) {
        H20AuditLog log = new H20AuditLog("iam");
        log.record("login alice");
        assert !log.inBatch();
        assert log.pendingInBatch() == 0;
        int distinct = log.runBatch(List.of("login bob", "denied bob", "denied bob", "login carol"), false);
        assert distinct == 3;
        assert !log.inBatch();
        assert log.store().equals(List.of("login alice", "login bob", "denied bob x2", "login carol"));
        boolean failed = false;
        try {
            log.runBatch(List.of("a", "b", "c", "d"), true);
        } catch (IllegalStateException e) {
            failed = true;
        }
        assert failed;
        assert !log.inBatch();
        assert log.store().size() == 6;
        log.record("logout alice");
        assert log.pendingInBatch() == 0;
        assert log.summary().equals("iam entries=7 batches=2") : log.summary();
        System.out.println(log.summary());
    }
}
