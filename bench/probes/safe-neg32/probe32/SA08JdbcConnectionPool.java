package probe32;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Minimal JDBC-style connection pool (think HikariCP / c3p0) with per-URL idle queues. The
 * idle table is published lazily with double-checked locking on a volatile field and is torn
 * down by closeAll(); readers copy the volatile field into a local before testing it.
 */
public class SA08JdbcConnectionPool {

    static final class Connection {
        private static final AtomicInteger IDS = new AtomicInteger();
        final String url;
        final int id = IDS.incrementAndGet();

        Connection(String url) {
            this.url = url;
        }

        @Override
        public String toString() {
            return "conn#" + id + "@" + url;
        }
    }

    private volatile Map<String, Deque<Connection>> idleByUrl; // lazily created, null after closeAll()
    private final AtomicInteger opened = new AtomicInteger();

    private Map<String, Deque<Connection>> idle() {
        Map<String, Deque<Connection>> local = idleByUrl;
        if (local == null) {
            synchronized (this) {
                local = idleByUrl;
                if (local == null) {
                    local = new HashMap<>();
                    idleByUrl = local;
                }
            }
        }
        return local;
    }

    public Connection borrow(String url) {
        Map<String, Deque<Connection>> table = idle();
        synchronized (table) {
            Deque<Connection> q = table.get(url);
            if (q != null && !q.isEmpty()) {
                return q.pop();
            }
        }
        opened.incrementAndGet();
        return new Connection(url);
    }

    public void release(Connection c) {
        Map<String, Deque<Connection>> table = idle();
        synchronized (table) {
            table.computeIfAbsent(c.url, k -> new ArrayDeque<>()).push(c);
        }
    }

    public int idleCount() {
        Map<String, Deque<Connection>> table = idleByUrl;
        if (table == null) {
            return 0;
        }
        synchronized (table) {
            return table.values().stream().mapToInt(Deque::size).sum();
        }
    }

    public int opened() {
        return opened.get();
    }

    public synchronized void closeAll() {
        Map<String, Deque<Connection>> table = idleByUrl;
        idleByUrl = null;
        if (table != null) {
            synchronized (table) {
                table.clear();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SA08JdbcConnectionPool pool = new SA08JdbcConnectionPool();
        System.out.println("fresh idle=" + pool.idleCount());
        pool.closeAll();
        Connection c1 = pool.borrow("jdbc:h2:mem:a");
        pool.release(c1);
        Connection c2 = pool.borrow("jdbc:h2:mem:a");
        System.out.println("reused=" + (c1 == c2) + " " + c2);
        pool.release(c2);
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            final String url = "jdbc:h2:mem:" + (i % 2);
            workers[i] = new Thread(() -> {
                for (int k = 0; k < 100; k++) {
                    pool.release(pool.borrow(url));
                }
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("idle after workers=" + pool.idleCount() + " opened<=" + (pool.opened() <= 5));
        pool.closeAll();
        pool.closeAll();
        System.out.println("closed idle=" + pool.idleCount());
        pool.release(pool.borrow("jdbc:h2:mem:b"));
        System.out.println("reopened idle=" + pool.idleCount());
    }
}
