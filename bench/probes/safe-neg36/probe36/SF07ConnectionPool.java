package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Lease table of a JDBC-style connection pool. Every operation obtains the table through requireRunning(),
 * which throws when the pool is not running and otherwise returns the non-null table.
 */
public final class SF07ConnectionPool {
    private final int maxSize;
    private HashMap<String, Integer> leases; // connection id -> 1 if leased, 0 if idle; exists between start() and shutdown()
    private int created;

    public SF07ConnectionPool(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("pool needs at least one connection");
        }
        this.maxSize = maxSize;
    }

    private HashMap<String, Integer> requireRunning(String operation) {
        if (leases == null) {
            throw new IllegalStateException(operation + ": pool is not running");
        }
        return leases;
    }

    public void start() {
        if (leases != null) {
            throw new IllegalStateException("pool already running");
        }
        leases = new HashMap<>();
        created = 0;
    }

    public String borrow() {
        HashMap<String, Integer> table = requireRunning("borrow");
        for (Map.Entry<String, Integer> entry : table.entrySet()) {
            if (entry.getValue() == 0) {
                entry.setValue(1);
                return entry.getKey();
            }
        }
        if (table.size() >= maxSize) {
            throw new NoSuchElementException("pool exhausted (" + maxSize + " connections)");
        }
        String id = "conn-" + (++created);
        table.put(id, 1);
        return id;
    }

    public void giveBack(String id) {
        HashMap<String, Integer> table = requireRunning("giveBack");
        Integer state = table.get(id);
        if (state == null || state == 0) {
            throw new IllegalArgumentException("connection " + id + " is not leased");
        }
        table.put(id, 0);
    }

    public int active() {
        int active = 0;
        for (int state : requireRunning("active").values()) {
            active += state;
        }
        return active;
    }

    public int idle() {
        HashMap<String, Integer> table = requireRunning("idle");
        return table.size() - active();
    }

    public void shutdown() {
        requireRunning("shutdown");
        leases = null;
    }

    public static void main(String[] args) {
        SF07ConnectionPool pool = new SF07ConnectionPool(2);
        // Phase 1: not started.
        expect(IllegalStateException.class, pool::borrow);
        expect(IllegalStateException.class, () -> pool.giveBack("conn-1"));
        expect(IllegalStateException.class, pool::active);
        expect(IllegalStateException.class, pool::shutdown);
        expect(IllegalArgumentException.class, () -> new SF07ConnectionPool(0));
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): running.
            pool.start();
            expect(IllegalStateException.class, pool::start);
            String a = pool.borrow();
            String b = pool.borrow();
            check(!a.equals(b), "distinct connections");
            expect(NoSuchElementException.class, pool::borrow);
            pool.giveBack(a);
            expect(IllegalArgumentException.class, () -> pool.giveBack(a));
            expect(IllegalArgumentException.class, () -> pool.giveBack("conn-99"));
            check(pool.active() == 1 && pool.idle() == 1, "one active, one idle");
            check(pool.borrow().equals(a), "idle connection reused");
            // Phase 3: shut down (twice over the loop).
            pool.shutdown();
            expect(IllegalStateException.class, pool::borrow);
            expect(IllegalStateException.class, pool::idle);
            expect(IllegalStateException.class, () -> pool.giveBack(b));
            expect(IllegalStateException.class, pool::shutdown);
        }
        pool.start();
        check(pool.active() == 0 && pool.idle() == 0, "fresh pool after restart");
        check(pool.borrow().equals("conn-1"), "ids restart");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
