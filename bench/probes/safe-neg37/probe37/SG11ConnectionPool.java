package probe37;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * JDBC-style connection pool. The lease table exists exactly while the boolean {@code open}
 * is true: open() assigns the map before raising the flag, close() lowers the flag before
 * discarding the map, and every method consults only the flag.
 */
public class SG11ConnectionPool {

    static final class Connection {
        final int id;

        Connection(int id) {
            this.id = id;
        }
    }

    static final class ConnectionPool {
        private final int maxConnections;
        private boolean open;                                // true exactly when leases != null
        private IdentityHashMap<Connection, String> leases;  // connection -> borrower
        private int created;

        ConnectionPool(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("pool needs at least one connection");
            }
            this.maxConnections = maxConnections;
        }

        public void open() {
            if (open) {
                throw new IllegalStateException("pool already open");
            }
            leases = new IdentityHashMap<>();
            open = true;
        }

        public Connection borrow(String borrower) {
            if (!open) {
                throw new IllegalStateException("pool is closed");
            }
            if (leases.size() >= maxConnections) {
                throw new NoSuchElementException("pool exhausted (" + maxConnections + " in use)");
            }
            Connection c = new Connection(++created);
            leases.put(c, borrower == null ? "?" : borrower);
            return c;
        }

        public void release(Connection connection) {
            if (!open) {
                throw new IllegalStateException("pool is closed");
            }
            if (leases.remove(connection) == null) {
                throw new IllegalArgumentException("connection was not leased from this pool");
            }
        }

        public int inUse() {
            return open ? leases.size() : 0;
        }

        /** Returns the borrowers that leaked a connection; closing twice returns an empty list. */
        public List<String> close() {
            if (!open) {
                return List.of();
            }
            open = false;
            List<String> leaked = new ArrayList<>(leases.values());
            leases = null;
            return leaked;
        }
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new ConnectionPool(0));
        ConnectionPool pool = new ConnectionPool(2);

        // Phase 1: before the map exists.
        check(pool.inUse() == 0 && pool.close().isEmpty(), "closed pool is empty");
        expect(IllegalStateException.class, () -> pool.borrow("web"));
        expect(IllegalStateException.class, () -> pool.release(new Connection(99)));

        // Phase 2: while it exists.
        pool.open();
        expect(IllegalStateException.class, pool::open);
        Connection a = pool.borrow("web");
        Connection b = pool.borrow("batch");
        expect(NoSuchElementException.class, () -> pool.borrow("report"));
        pool.release(a);
        expect(IllegalArgumentException.class, () -> pool.release(a));
        expect(IllegalArgumentException.class, () -> pool.release(null));
        check(pool.inUse() == 1, "one lease left");

        // Phase 3: after it has been dropped (twice).
        check(pool.close().equals(List.of("batch")), "batch leaked");
        check(pool.close().isEmpty(), "second close");
        check(pool.inUse() == 0, "nothing in use");
        expect(IllegalStateException.class, () -> pool.release(b));
        expect(IllegalStateException.class, () -> pool.borrow("web"));

        // Phase 4: after it has been created again.
        pool.open();
        Connection c = pool.borrow(null);
        check(c.id == 3 && pool.inUse() == 1, "fresh pool");
        expect(IllegalArgumentException.class, () -> pool.release(b));
        pool.release(c);
        check(pool.close().isEmpty(), "no leaks");
        System.out.println("SG11ConnectionPool ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
