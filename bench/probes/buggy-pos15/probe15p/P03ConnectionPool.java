package probe15p;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

public class P03ConnectionPool {
    static final class Connection {
        final String host;
        final int serial;
        boolean open = true;

        Connection(String host, int serial) {
            this.host = host;
            this.serial = serial;
        }

        void close() {
            open = false;
        }
    }

    private Map<String, Deque<Connection>> idleByHost = new HashMap<>();
    private final Map<String, Integer> createdByHost = new HashMap<>();
    private volatile boolean closed;

    public synchronized Connection acquire(String host) {
        if (closed) throw new IllegalStateException("pool closed");
        Deque<Connection> idle = idleByHost.get(host);
        if (idle != null && !idle.isEmpty()) return idle.pop();
        int serial = createdByHost.merge(host, 1, Integer::sum);
        return new Connection(host, serial);
    }

    public synchronized void release(Connection connection) {
        if (!connection.open) return;
        idleByHost.computeIfAbsent(connection.host, h -> new ArrayDeque<>()).push(connection); // BUG
    }

    public synchronized int idleCount(String host) {
        if (closed) return 0;
        Deque<Connection> idle = idleByHost.get(host);
        return idle == null ? 0 : idle.size();
    }

    public synchronized void evict(String host) {
        Deque<Connection> idle = idleByHost.remove(host); // BUG
        if (idle != null) idle.forEach(Connection::close);
    }

    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (Deque<Connection> idle : idleByHost.values()) {
            idle.forEach(Connection::close);
        }
        idleByHost = null;
    }

    public static void main(String[] args) {
        P03ConnectionPool pool = new P03ConnectionPool();
        Connection first = pool.acquire("db1");
        Connection second = pool.acquire("db1");
        pool.release(first);
        System.out.println("idle=" + pool.idleCount("db1") + " reused=" + (pool.acquire("db1") == first));
        pool.release(first);
        pool.evict("db2");
        pool.close();
        pool.close();
        System.out.println("idle after close=" + pool.idleCount("db1") + " firstOpen=" + first.open);
        prove(() -> pool.release(second));
        prove(() -> pool.evict("db1"));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
