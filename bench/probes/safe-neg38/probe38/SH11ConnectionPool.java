package probe38;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keyed connection pool (one idle queue per target host).
 *
 * <p>Invariant: {@code open == (idle != null)}. The two fields are written
 * together, and only in {@link #open()} and {@link #close()}; every other
 * method tests the boolean, never the map. Single-threaded.
 */
public final class SH11ConnectionPool {

    public static final class Connection {
        private final String target;
        private final int serial;
        private boolean closed;

        private Connection(String target, int serial) {
            this.target = target;
            this.serial = serial;
        }

        public String target() {
            return target;
        }

        public int serial() {
            return serial;
        }

        public boolean isClosed() {
            return closed;
        }
    }

    private final int maxIdlePerTarget;
    private boolean open;
    private Map<String, ArrayDeque<Connection>> idle; // non-null exactly while open
    private int created;

    public SH11ConnectionPool(int maxIdlePerTarget) {
        if (maxIdlePerTarget < 1) {
            throw new IllegalArgumentException("maxIdlePerTarget");
        }
        this.maxIdlePerTarget = maxIdlePerTarget;
    }

    public void open() {
        if (open) {
            return;
        }
        idle = new HashMap<>();
        open = true;
    }

    public void close() {
        if (!open) {
            return;
        }
        for (ArrayDeque<Connection> queue : idle.values()) {
            for (Connection c : queue) {
                c.closed = true;
            }
        }
        open = false;
        idle = null;
    }

    public boolean isOpen() {
        return open;
    }

    public Connection borrow(String target) {
        if (target == null || target.isEmpty()) {
            throw new IllegalArgumentException("target");
        }
        if (!open) {
            throw new IllegalStateException("pool is closed");
        }
        ArrayDeque<Connection> queue = idle.get(target);
        Connection c = queue == null ? null : queue.pollFirst();
        return c != null ? c : new Connection(target, ++created);
    }

    /** Returns true if the connection was kept for reuse. */
    public boolean giveBack(Connection c) {
        if (c == null) {
            throw new IllegalArgumentException("connection");
        }
        if (c.closed) {
            return false;
        }
        if (!open) {
            c.closed = true;
            return false;
        }
        ArrayDeque<Connection> queue = idle.computeIfAbsent(c.target, t -> new ArrayDeque<>());
        if (queue.contains(c)) {
            return false;
        }
        if (queue.size() >= maxIdlePerTarget) {
            c.closed = true;
            return false;
        }
        queue.addLast(c);
        return true;
    }

    public int idleCount() {
        if (!open) {
            return 0;
        }
        int n = 0;
        for (ArrayDeque<Connection> queue : idle.values()) {
            n += queue.size();
        }
        return n;
    }

    public static void main(String[] args) {
        SH11ConnectionPool pool = new SH11ConnectionPool(1);
        // phase 1: before the map exists
        check(!pool.isOpen() && pool.idleCount() == 0, "closed at start");
        expect(IllegalStateException.class, () -> pool.borrow("db"));
        pool.close();
        // phase 2: while it exists
        pool.open();
        pool.open();
        Connection a = pool.borrow("db");
        Connection b = pool.borrow("db");
        check(pool.giveBack(a) && !pool.giveBack(a), "a pooled once");
        check(!pool.giveBack(b) && b.isClosed(), "over capacity closes b");
        check(pool.borrow("db") == a && pool.idleCount() == 0, "a reused");
        check(pool.giveBack(a) && pool.idleCount() == 1, "a idle again");
        Connection leaked = pool.borrow("cache");
        // phase 3: after it is dropped (twice)
        pool.close();
        pool.close();
        check(a.isClosed() && !leaked.isClosed(), "idle closed, borrowed untouched");
        check(pool.idleCount() == 0 && !pool.giveBack(leaked) && leaked.isClosed(), "late give-back");
        expect(IllegalStateException.class, () -> pool.borrow("db"));
        // phase 4: created again
        pool.open();
        Connection c = pool.borrow("db");
        check(c.serial() == 4 && pool.giveBack(c) && pool.idleCount() == 1, "fresh pool");
        System.out.println("SH11ConnectionPool OK idle=" + pool.idleCount() + " last=" + c.target() + "#" + c.serial());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
