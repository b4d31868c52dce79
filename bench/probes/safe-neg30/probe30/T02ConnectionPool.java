package probe30;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/** Per-host pool of reusable connections; idle connections are tracked only while the pool is open. */
public final class T02ConnectionPool {
    public static final class Connection {
        private final String host;
        private final int id;

        Connection(String host, int id) {
            this.host = host;
            this.id = id;
        }

        public String host() { return host; }

        public int id() { return id; }
    }

    private final int maxIdlePerHost;
    private boolean open;
    private ConcurrentHashMap<String, Deque<Connection>> idle; // non-null exactly while open
    private int created;

    public T02ConnectionPool(int maxIdlePerHost) {
        if (maxIdlePerHost < 1) throw new IllegalArgumentException("maxIdlePerHost must be positive");
        this.maxIdlePerHost = maxIdlePerHost;
    }

    public void open() {
        if (open) throw new IllegalStateException("pool already open");
        idle = new ConcurrentHashMap<>();
        open = true;
    }

    public boolean isOpen() { return open; }

    public Connection lease(String host) {
        if (!open) throw new IllegalStateException("pool is closed");
        Deque<Connection> queue = idle.get(host);
        Connection c = queue == null ? null : queue.pollFirst();
        return c != null ? c : new Connection(host, ++created);
    }

    /** Returns a connection to the pool; once the pool is closed returned connections are discarded. */
    public void release(Connection c) {
        if (!open) return;
        Deque<Connection> queue = idle.computeIfAbsent(c.host(), h -> new ArrayDeque<>());
        if (queue.size() < maxIdlePerHost) queue.addLast(c);
    }

    public int idleCount(String host) {
        if (!open) return 0;
        Deque<Connection> queue = idle.get(host);
        return queue == null ? 0 : queue.size();
    }

    public int createdCount() { return created; }

    public void close() {
        if (!open) return;
        open = false;
        idle = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        expectFailure(() -> new T02ConnectionPool(0));
        T02ConnectionPool pool = new T02ConnectionPool(1);
        assert !pool.isOpen();
        assert pool.idleCount("db") == 0;
        expectFailure(() -> pool.lease("db"));
        pool.close(); // no-op while closed

        pool.open();
        expectFailure(pool::open);
        Connection c1 = pool.lease("db");
        Connection c2 = pool.lease("db");
        assert c1.id() != c2.id() && c1.host().equals("db");
        pool.release(c1);
        pool.release(c2); // over the idle limit, dropped
        assert pool.idleCount("db") == 1 && pool.idleCount("cache") == 0;
        Connection c3 = pool.lease("db");
        assert c3 == c1;

        pool.close();
        assert !pool.isOpen();
        pool.release(c3); // discarded after close
        assert pool.idleCount("db") == 0;
        assert pool.createdCount() == 2;
        expectFailure(() -> pool.lease("db"));

        pool.open();
        assert pool.idleCount("db") == 0;
        pool.release(pool.lease("cache"));
        assert pool.idleCount("cache") == 1 && pool.createdCount() == 3;
        pool.close();
        System.out.println("T02 ok");
    }
}
