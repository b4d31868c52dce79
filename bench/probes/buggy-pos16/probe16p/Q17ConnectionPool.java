package probe16p;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

public class Q17ConnectionPool {

    record PoolConfig(String name, int maxIdlePerHost) { }

    private final String name;
    private int maxIdlePerHost;
    private Map<String, Deque<String>> idleByHost;

    private Q17ConnectionPool(String name) {
        this.name = name;
    }

    private void initialise(int maxIdle) {
        this.maxIdlePerHost = maxIdle;
        this.idleByHost = new HashMap<>();
    }

    public static Q17ConnectionPool create(PoolConfig config) {
        Q17ConnectionPool pool = new Q17ConnectionPool(config.name());
        if (config.maxIdlePerHost() <= 0) {
            return pool;
        }
        pool.initialise(config.maxIdlePerHost());
        return pool;
    }

    public void release(String host, String connection) {
        Deque<String> idle = idleByHost.computeIfAbsent(host, h -> new ArrayDeque<>()); // BUG
        if (idle.size() < maxIdlePerHost) {
            idle.push(connection);
        }
    }

    public String acquire(String host) {
        if (maxIdlePerHost > 0) {
            Deque<String> idle = idleByHost.get(host);
            if (idle != null && !idle.isEmpty()) {
                return idle.pop();
            }
        }
        return name + ":new-connection-to-" + host;
    }

    public int idleCount() {
        int total = 0;
        for (Deque<String> idle : idleByHost.values()) { // BUG
            total += idle.size();
        }
        return total;
    }

    public static void main(String[] args) {
        Q17ConnectionPool pooled = create(new PoolConfig("primary", 4));
        String conn = pooled.acquire("db1");
        pooled.release("db1", conn);
        System.out.println("idle = " + pooled.idleCount() + ", reacquired = " + pooled.acquire("db1"));

        Q17ConnectionPool unpooled = create(new PoolConfig("reporting", 0));
        String reportConn = unpooled.acquire("warehouse");
        prove("release on non-pooling config", () -> unpooled.release("warehouse", reportConn));
        prove("idleCount on non-pooling config", () -> unpooled.idleCount());
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
