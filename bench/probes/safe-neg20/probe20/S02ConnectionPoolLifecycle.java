package probe20;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

public class S02ConnectionPoolLifecycle {
    static final class Connection {
        final String host;
        final int id;
        Connection(String host, int id) {
            this.host = host;
            this.id = id;
        }
    }

    private Map<String, Deque<Connection>> idleByHost;
    private Map<Integer, Connection> leased;
    private boolean started;
    private int nextId = 1;

    public void start() {
        if (started) {
            return;
        }
        idleByHost = new HashMap<>();
        leased = new HashMap<>();
        started = true;
    }

    public Connection acquire(String host) {
        if (!started || idleByHost == null || leased == null) {
            throw new IllegalStateException("pool not started");
        }
        Deque<Connection> idle = idleByHost.computeIfAbsent(host, h -> new ArrayDeque<>());
        Connection c = idle.isEmpty() ? new Connection(host, nextId++) : idle.pop();
        leased.put(c.id, c);
        return c;
    }

    public void release(Connection c) {
        if (leased == null || idleByHost == null) {
            return;
        }
        if (leased.remove(c.id) != null) {
            idleByHost.computeIfAbsent(c.host, h -> new ArrayDeque<>()).push(c);
        }
    }

    public void stop() {
        started = false;
        idleByHost = null;
        leased = null;
    }

    public String stats() {
        if (idleByHost == null || leased == null) {
            return "stopped";
        }
        int idle = 0;
        for (Deque<Connection> d : idleByHost.values()) {
            idle += d.size();
        }
        return "idle=" + idle + " leased=" + leased.size();
    }

    public static void main(String[] args) {
        S02ConnectionPoolLifecycle pool = new S02ConnectionPoolLifecycle();
        System.out.println(pool.stats());
        try {
            pool.acquire("db1");
        } catch (IllegalStateException e) {
            System.out.println("expected: " + e.getMessage());
        }
        pool.start();
        Connection a = pool.acquire("db1");
        Connection b = pool.acquire("db2");
        System.out.println(pool.stats());
        pool.release(a);
        System.out.println(pool.stats());
        pool.stop();
        pool.release(b);
        System.out.println(pool.stats());
        pool.start();
        pool.acquire("db1");
        System.out.println(pool.stats());
    }
}
