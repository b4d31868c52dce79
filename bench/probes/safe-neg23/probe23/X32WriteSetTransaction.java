package probe23;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Optimistic transaction over a key/value snapshot. Exactly one of the two maps is non-null at any
 * time: {@code staged} while the transaction is open, {@code committed} once it has been committed
 * or rolled back. Reads test {@code staged} and use {@code committed} in the else branch.
 * Not thread-safe.
 */
public final class X32WriteSetTransaction {

    private final Map<String, String> base;
    private LinkedHashMap<String, String> staged;
    private Map<String, String> committed;

    public X32WriteSetTransaction(Map<String, String> base) {
        this.base = Map.copyOf(base);
        this.staged = new LinkedHashMap<>();
    }

    public boolean isOpen() {
        return staged != null;
    }

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (staged == null) {
            throw new IllegalStateException("transaction is finished");
        }
        staged.put(key, value);
    }

    public String get(String key) {
        if (staged != null) {
            String own = staged.get(key);
            return own != null ? own : base.get(key);
        } else {
            return committed.get(key);
        }
    }

    /** Number of keys visible to this transaction. */
    public int size() {
        if (staged != null) {
            int n = base.size();
            for (String key : staged.keySet()) {
                if (!base.containsKey(key)) {
                    n++;
                }
            }
            return n;
        } else {
            return committed.size();
        }
    }

    /** Publishes the write set on top of the base snapshot and returns the result. */
    public Map<String, String> commit() {
        if (staged == null) {
            return committed;
        }
        Map<String, String> result = new LinkedHashMap<>(base);
        result.putAll(staged);
        committed = Map.copyOf(result);
        staged = null;
        return committed;
    }

    public void rollback() {
        if (staged != null) {
            committed = base;
            staged = null;
        }
    }

    public static void main(String[] args) {
        Map<String, String> base = Map.of("owner", "alice", "state", "draft");
        X32WriteSetTransaction tx = new X32WriteSetTransaction(base);
        tx.put("state", "review");
        tx.put("reviewer", "bob");
        System.out.println("open=" + tx.isOpen() + " state=" + tx.get("state") + " owner=" + tx.get("owner")
                + " size=" + tx.size());
        tx.commit();
        System.out.println("open=" + tx.isOpen() + " state=" + tx.get("state") + " reviewer=" + tx.get("reviewer")
                + " size=" + tx.size() + " again=" + tx.commit().size());
        try {
            tx.put("late", "x");
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        X32WriteSetTransaction aborted = new X32WriteSetTransaction(base);
        aborted.put("state", "deleted");
        aborted.rollback();
        aborted.rollback();
        System.out.println("rolled back: state=" + aborted.get("state") + " size=" + aborted.size());
    }
}
