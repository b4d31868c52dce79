package probe28;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keyed connection pool resembling HikariCP / Apache HttpClient's pool manager:
 * idle connections are kept per host, and new connections are opened with a set
 * of driver properties.
 */
public class BC11ConnectionPool implements AutoCloseable {

    static final class Connection {
        final String host;
        final int id;
        final String props;
        boolean open = true;

        Connection(String host, int id, String props) {
            this.host = host;
            this.id = id;
            this.props = props;
        }

        @Override
        public String toString() {
            return host + "#" + id + props;
        }
    }

    private Map<String, Deque<Connection>> idleByHost = new HashMap<>();
    private final Map<String, String> baseProps = new HashMap<>();
    private final int maxIdlePerHost;
    private int nextId = 1;

    public BC11ConnectionPool(int maxIdlePerHost) {
        this.maxIdlePerHost = maxIdlePerHost;
        baseProps.put("tcpKeepAlive", "true");
    }

    public Connection borrow(String host) {
        Map<String, Deque<Connection>> idle = idleByHost;
        if (idle != null) {
            Deque<Connection> q = idle.get(host);
            if (q != null && !q.isEmpty()) {
                return q.pop();
            }
        }
        return open(host, Map.of("user", "app"));
    }

    public Connection open(String host, Map<String, String> connectionProps) {
        Map<String, String> merged = new HashMap<>(baseProps);
        for (Map.Entry<String, String> e : connectionProps.entrySet()) {
            merged.put(e.getKey(), e.getValue());
        }
        return new Connection(host, nextId++, merged.keySet().toString());
    }

    public Connection openDefault(String host) {
        return open(host, null);
    }

    public Connection openWith(String host, Map<String, String> extra) {
        return open(host, extra == null ? Map.of() : extra);
    }

    public void release(Connection c) {
        Deque<Connection> q = idleByHost.computeIfAbsent(c.host, h -> new ArrayDeque<>());
        if (q.size() < maxIdlePerHost) {
            q.push(c);
        } else {
            c.open = false;
        }
    }

    public int idleCount() {
        if (idleByHost == null) {
            return 0;
        }
        int n = 0;
        for (Deque<Connection> q : idleByHost.values()) {
            n += q.size();
        }
        return n;
    }

    @Override
    public void close() {
        if (idleByHost != null) {
            idleByHost.values().forEach(q -> q.forEach(c -> c.open = false));
        }
        idleByHost = null;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC11ConnectionPool.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC11ConnectionPool.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC11ConnectionPool pool = new BC11ConnectionPool(1);
        Connection a = pool.borrow("db1");
        Connection b = pool.borrow("db1");
        pool.release(a);
        pool.release(b);
        System.out.println("idle=" + pool.idleCount() + " reuse=" + (pool.borrow("db1") == a) + " b.open=" + b.open);
        System.out.println(pool.openWith("db2", null) + " " + pool.openWith("db2", Map.of("ssl", "on")));
        Connection c = pool.borrow("db3");
        pool.close();
        System.out.println("closed idle=" + pool.idleCount() + " fresh=" + pool.borrow("db3"));

        expectNpe("release after close", 71, () -> pool.release(c));
        BC11ConnectionPool live = new BC11ConnectionPool(4);
        expectNpe("default open passes null props", 56, () -> live.openDefault("db9"));
    }
}
