package probe27;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** HikariCP-flavoured pool: idle/leased tables are dropped on close(); connections cache statements lazily. */
public final class F20ConnectionPool implements AutoCloseable {

    public static final class PooledConnection implements AutoCloseable {
        private final F20ConnectionPool pool;
        private final String url;
        private final int id;
        private Map<String, String> preparedCache; // null until first prepare(), dropped on physical close
        private boolean physicallyClosed;

        PooledConnection(F20ConnectionPool pool, String url, int id) { this.pool = pool; this.url = url; this.id = id; }

        public synchronized String prepare(String sql) {
            if (physicallyClosed) throw new IllegalStateException("connection " + id + " is closed");
            if (preparedCache == null) preparedCache = new HashMap<>();
            return preparedCache.computeIfAbsent(sql, s -> "stmt#" + id + ":" + s.hashCode());
        }

        public synchronized int cachedStatements() { return preparedCache == null ? 0 : preparedCache.size(); }

        // lock order is always pool -> connection (close() and release() call this with the pool lock held)
        synchronized void physicallyClose() { physicallyClosed = true; preparedCache = null; }

        public synchronized boolean isPhysicallyClosed() { return physicallyClosed; }

        @Override public void close() { pool.release(this); }
    }

    private final int maxSize;
    private Map<String, Deque<PooledConnection>> idle = new HashMap<>();        // null after close()
    private Map<PooledConnection, String> leased = new IdentityHashMap<>();      // null after close()
    private int created;

    public F20ConnectionPool(int maxSize) { this.maxSize = maxSize; }

    public synchronized PooledConnection borrow(String url) {
        Map<String, Deque<PooledConnection>> idleNow = idle;
        Map<PooledConnection, String> leasedNow = leased;
        if (idleNow == null || leasedNow == null) throw new IllegalStateException("pool closed");
        Deque<PooledConnection> free = idleNow.get(url);
        PooledConnection c = free == null ? null : free.poll();
        if (c == null) {
            if (leasedNow.size() >= maxSize) throw new IllegalStateException("pool exhausted");
            c = new PooledConnection(this, url, ++created);
        }
        leasedNow.put(c, url);
        return c;
    }

    synchronized void release(PooledConnection c) {
        if (idle == null || leased == null) { // pool already closed: just close the connection
            c.physicallyClose();
            return;
        }
        if (leased.remove(c) == null) return; // double close() is harmless
        idle.computeIfAbsent(c.url, k -> new ArrayDeque<>()).push(c);
    }

    public synchronized int idleCount() {
        return idle == null ? 0 : idle.values().stream().mapToInt(Deque::size).sum();
    }

    public synchronized int activeCount() { return leased == null ? 0 : leased.size(); }

    public synchronized int createdCount() { return created; }

    @Override public synchronized void close() {
        if (idle == null) return;
        idle.values().forEach(d -> d.forEach(PooledConnection::physicallyClose));
        idle = null;
        leased = null;
    }

    public static void main(String[] args) {
        PooledConnection survivor;
        try (F20ConnectionPool pool = new F20ConnectionPool(2); PooledConnection c = pool.borrow("jdbc:h2:mem")) {
            assert c.cachedStatements() == 0;
            String s1 = c.prepare("select 1");
            assert s1.equals(c.prepare("select 1")) && c.cachedStatements() == 1;
            assert pool.activeCount() == 1 && pool.idleCount() == 0;
            PooledConnection d = pool.borrow("jdbc:h2:mem");
            boolean exhausted = false;
            try { pool.borrow("jdbc:h2:mem"); } catch (IllegalStateException expected) { exhausted = true; }
            assert exhausted;
            d.close();
            d.close();
            assert pool.idleCount() == 1 && pool.borrow("jdbc:h2:mem") == d && pool.createdCount() == 2;
            survivor = d;
        }
        // c was returned, then the pool closed: idle c is physically closed; d was still leased
        assert !survivor.isPhysicallyClosed() && survivor.cachedStatements() == 0;
        survivor.close(); // released into a closed pool: closes physically
        assert survivor.isPhysicallyClosed();
        boolean dead = false;
        try { survivor.prepare("select 2"); } catch (IllegalStateException expected) { dead = true; }
        assert dead;

        F20ConnectionPool closed = new F20ConnectionPool(1);
        closed.close();
        closed.close();
        assert closed.idleCount() == 0 && closed.activeCount() == 0;
        boolean refused = false;
        try { closed.borrow("x"); } catch (IllegalStateException expected) { refused = true; }
        assert refused;
        System.out.println("F20 ok");
    }
}
