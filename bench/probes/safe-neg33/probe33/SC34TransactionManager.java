package probe33;

import java.util.HashMap;
import java.util.Map;

/**
 * A Spring-like transaction manager with REQUIRED propagation over a key-value store.
 * Nested begin() calls join the outer transaction; a nesting depth counter tracks them.
 * The write-set map is created when depth goes 0 -> 1 and dropped when the outermost
 * transaction commits or rolls back. Methods look at the depth, never at the map.
 */
public class SC34TransactionManager {

    private final Map<String, String> store = new HashMap<>();
    private Map<String, String> writeSet;
    private int depth;
    private boolean rollbackOnly;

    public void begin() {
        if (depth == 0) {
            writeSet = new HashMap<>();
            rollbackOnly = false;
        }
        depth++;
    }

    public void put(String key, String value) {
        if (depth == 0) {
            throw new IllegalStateException("no transaction in progress");
        }
        writeSet.put(key, value);
    }

    public String get(String key) {
        if (depth > 0 && writeSet.containsKey(key)) {
            return writeSet.get(key);
        }
        return store.get(key);
    }

    /** Commits the current level; only the outermost commit publishes the writes. */
    public boolean commit() {
        if (depth == 0) {
            throw new IllegalStateException("commit without begin");
        }
        depth--;
        if (depth > 0) {
            return false;
        }
        boolean published = !rollbackOnly;
        if (published) {
            store.putAll(writeSet);
        }
        writeSet = null;
        return published;
    }

    /** Rolls back; an inner rollback marks the whole transaction rollback-only. */
    public void rollback() {
        if (depth == 0) {
            throw new IllegalStateException("rollback without begin");
        }
        depth--;
        if (depth > 0) {
            rollbackOnly = true;
            return;
        }
        writeSet = null;
    }

    public int depth() {
        return depth;
    }

    public int pendingWrites() {
        return depth == 0 ? 0 : writeSet.size();
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void outside(SC34TransactionManager tm) {
        check(tm.depth() == 0 && tm.pendingWrites() == 0, "outside");
        Runnable[] ops = {() -> tm.put("k", "v"), tm::commit, tm::rollback};
        for (Runnable op : ops) {
            try {
                op.run();
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok
            }
        }
    }

    public static void main(String[] args) {
        SC34TransactionManager tm = new SC34TransactionManager();
        outside(tm);
        check(tm.get("k") == null, "empty store");

        tm.begin();
        tm.put("a", "1");
        tm.begin();                          // joins the outer transaction
        tm.put("b", "2");
        check(tm.get("a").equals("1") && tm.depth() == 2 && tm.pendingWrites() == 2, "nested");
        check(!tm.commit(), "inner commit does not publish");
        check(tm.commit(), "outer commit publishes");
        outside(tm);
        check(tm.get("b").equals("2"), "published");

        tm.begin();
        tm.put("c", "3");
        tm.begin();
        tm.rollback();                       // inner failure: rollback-only
        check(tm.get("c").equals("3") && tm.pendingWrites() == 1, "still in tx");
        check(!tm.commit(), "rollback-only transaction is not published");
        outside(tm);
        check(tm.get("c") == null, "not published");

        tm.begin();
        tm.put("d", "4");
        tm.rollback();
        outside(tm);
        check(tm.get("d") == null, "rolled back");

        tm.begin();
        tm.put("e", "5");
        check(tm.commit() && tm.get("e").equals("5"), "fresh transaction");
        System.out.println("SC34 ok");
    }
}
