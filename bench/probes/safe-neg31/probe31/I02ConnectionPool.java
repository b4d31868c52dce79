package probe31;

import java.util.ArrayDeque;
import java.util.HashMap;

/** A tiny JDBC-style connection pool: leases are tracked only between start() and close(). */
public final class I02ConnectionPool implements AutoCloseable {
    static final class Connection {
        private final String id;
        private boolean valid = true;

        Connection(String id) {
            this.id = id;
        }

        void invalidate() {
            valid = false;
        }
    }

    private final int maxSize;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private HashMap<String, Connection> leased; // null before start() and after close()
    private int created;

    public I02ConnectionPool(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be >= 1");
        }
        this.maxSize = maxSize;
    }

    public synchronized void start() {
        if (leased == null) {
            leased = new HashMap<>();
        }
    }

    public synchronized String borrow() {
        if (leased == null) {
            throw new IllegalStateException("pool is not started");
        }
        if (leased.size() >= maxSize) {
            throw new IllegalStateException("pool exhausted (" + maxSize + ")");
        }
        Connection c = idle.pollFirst();
        if (c == null || !c.valid) {
            c = new Connection("conn-" + (++created));
        }
        leased.put(c.id, c);
        return c.id;
    }

    public synchronized void giveBack(String id) {
        if (leased == null) {
            return; // pool already closed: the connection was invalidated, nothing to return to
        }
        Connection c = leased.remove(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown lease " + id);
        }
        idle.addLast(c);
    }

    public synchronized int activeCount() {
        return leased == null ? 0 : leased.size();
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    @Override
    public synchronized void close() {
        if (leased != null) {
            leased.values().forEach(Connection::invalidate);
            leased = null;
        }
        idle.forEach(Connection::invalidate);
        idle.clear();
    }

    public static void main(String[] args) {
        I02ConnectionPool pool = new I02ConnectionPool(2);
        pool.close(); // close before start is a no-op
        pool.giveBack("conn-1");
        if (pool.activeCount() != 0 || pool.idleCount() != 0) throw new AssertionError("fresh pool");
        try {
            pool.borrow();
            throw new AssertionError("borrow before start");
        } catch (IllegalStateException expected) {
            // not started
        }
        try (I02ConnectionPool p = pool) {
            p.start();
            p.start();
            String a = p.borrow();
            String b = p.borrow();
            try {
                p.borrow();
                throw new AssertionError("exhaustion not detected");
            } catch (IllegalStateException expected) {
                // exhausted
            }
            p.giveBack(a);
            try {
                p.giveBack("nope");
                throw new AssertionError("unknown lease accepted");
            } catch (IllegalArgumentException expected) {
                // rejected
            }
            if (p.activeCount() != 1 || p.idleCount() != 1) throw new AssertionError("counts");
            System.out.println("I02 leased " + b + ", reused " + p.borrow());
        }
        pool.giveBack("conn-2"); // after close: silently ignored
        pool.close();
        pool.start(); // restart after close
        String c = pool.borrow();
        pool.giveBack(c);
        pool.close();
        System.out.println("I02 active=" + pool.activeCount() + " idle=" + pool.idleCount());
    }
}
