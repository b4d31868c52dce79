package probe33;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A small JDBC-style connection pool. Every constructor creates the map of leased
 * connections; close() drops it and flips {@code closed}; restart() brings it back.
 * Methods test {@code closed}, never the map itself.
 */
public class SC15ConnectionPool {

    static final class PooledConnection {
        final int id;
        int uses;

        PooledConnection(int id) {
            this.id = id;
        }
    }

    private final String url;
    private final int maxSize;
    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private Map<Integer, PooledConnection> leased;
    private boolean closed;
    private int nextId;

    public SC15ConnectionPool() {
        this.url = "jdbc:h2:mem:default";
        this.maxSize = 2;
        this.leased = new HashMap<>();
    }

    public SC15ConnectionPool(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize");
        }
        this.url = "jdbc:h2:mem:default";
        this.maxSize = maxSize;
        this.leased = new HashMap<>(maxSize * 2);
    }

    public SC15ConnectionPool(String url, int maxSize) {
        this.url = url;
        this.maxSize = maxSize;
        this.leased = new HashMap<>();
    }

    public int borrow() {
        if (closed) {
            throw new IllegalStateException("pool closed: " + url);
        }
        if (leased.size() >= maxSize) {
            throw new IllegalStateException("pool exhausted");
        }
        PooledConnection c = idle.isEmpty() ? new PooledConnection(++nextId) : idle.pop();
        c.uses++;
        leased.put(c.id, c);
        return c.id;
    }

    public void giveBack(int id) {
        if (closed) {
            return;     // connections returned after close are simply discarded
        }
        PooledConnection c = leased.remove(id);
        if (c == null) {
            throw new IllegalArgumentException("not leased: " + id);
        }
        idle.push(c);
    }

    public int active() {
        return closed ? 0 : leased.size();
    }

    public void close() {
        closed = true;
        leased = null;
        idle.clear();
    }

    public void restart() {
        if (!closed) {
            throw new IllegalStateException("pool is running");
        }
        leased = new HashMap<>();
        closed = false;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void expectIse(Runnable r) {
        try {
            r.run();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        try {
            new SC15ConnectionPool(0);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        for (SC15ConnectionPool pool : new SC15ConnectionPool[] {
                new SC15ConnectionPool(), new SC15ConnectionPool(2), new SC15ConnectionPool("jdbc:pg://db/app", 2)}) {
            int a = pool.borrow();
            int b = pool.borrow();
            check(pool.active() == 2, "2 active");
            expectIse(pool::borrow);
            pool.giveBack(a);
            try {
                pool.giveBack(a);
                throw new AssertionError("expected IAE");
            } catch (IllegalArgumentException expected) {
                // ok
            }
            expectIse(pool::restart);
            for (int i = 0; i < 2; i++) {
                pool.close();
                check(pool.active() == 0, "closed active");
                expectIse(pool::borrow);
                pool.giveBack(b);
            }
            pool.restart();
            int c = pool.borrow();
            check(pool.active() == 1, "restarted");
            pool.giveBack(c);
            check(pool.active() == 0, "returned");
        }
        System.out.println("SC15 ok");
    }
}
