package probe35;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-host connection pool. All pool operations obtain the idle table through
 * requireOpen(), which throws when the pool is closed instead of returning null.
 */
public class SE09ConnectionPool {
    public record Connection(String host, int serial) {
    }

    private final int maxIdlePerHost;
    private Map<String, Deque<Connection>> idle; // null while the pool is closed
    private int created;

    public SE09ConnectionPool(int maxIdlePerHost) {
        this.maxIdlePerHost = maxIdlePerHost;
    }

    private Map<String, Deque<Connection>> requireOpen() {
        if (idle == null) {
            throw new IllegalStateException("connection pool is closed");
        }
        return idle;
    }

    public void open() {
        idle = new HashMap<>();
    }

    public void close() {
        idle = null;
    }

    public Connection borrow(String host) {
        Deque<Connection> queue = requireOpen().computeIfAbsent(host, h -> new ArrayDeque<>());
        Connection pooled = queue.pollFirst();
        return pooled != null ? pooled : new Connection(host, ++created);
    }

    public boolean giveBack(Connection connection) {
        Deque<Connection> queue = requireOpen().computeIfAbsent(connection.host(), h -> new ArrayDeque<>());
        if (queue.size() >= maxIdlePerHost) {
            return false;
        }
        queue.addFirst(connection);
        return true;
    }

    public int idleCount(String host) {
        Deque<Connection> queue = requireOpen().get(host);
        return queue == null ? 0 : queue.size();
    }

    public int created() {
        return created;
    }

    public static void main(String[] args) {
        SE09ConnectionPool pool = new SE09ConnectionPool(1);
        expect(IllegalStateException.class, () -> pool.borrow("db"));
        expect(IllegalStateException.class, () -> pool.idleCount("db"));

        pool.open();
        Connection c1 = pool.borrow("db");
        Connection c2 = pool.borrow("db");
        check(pool.giveBack(c1) && !pool.giveBack(c2), "max idle");
        check(pool.idleCount("db") == 1 && pool.idleCount("cache") == 0, "idle count");
        check(pool.borrow("db").equals(c1) && pool.created() == 2, "reuse");

        for (int round = 0; round < 2; round++) {
            pool.close();
            expect(IllegalStateException.class, () -> pool.giveBack(c1));
            expect(IllegalStateException.class, () -> pool.borrow("db"));
            check(pool.created() == 2, "no connections while closed");
        }

        pool.open();
        check(pool.idleCount("db") == 0, "fresh pool");
        check(pool.borrow("db").serial() == 3, "new connection after reopen");
        System.out.println("SE09ConnectionPool ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
