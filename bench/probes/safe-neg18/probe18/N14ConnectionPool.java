package probe18;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** Per-host pool of reusable client connections; closing the pool drops all bookkeeping. */
public final class N14ConnectionPool {

    public static final class Connection {
        private final String host;
        private final int serial;

        Connection(String host, int serial) {
            this.host = host;
            this.serial = serial;
        }

        @Override
        public String toString() {
            return host + "#" + serial;
        }
    }

    private Map<String, Deque<Connection>> idleByHost = new HashMap<>();
    private Map<Connection, String> leased = new IdentityHashMap<>();
    private int created;

    public Optional<Connection> acquire(String host) {
        if (idleByHost == null || leased == null) {
            return Optional.empty();
        }
        Deque<Connection> idle = idleByHost.get(host);
        Connection c = idle == null || idle.isEmpty() ? new Connection(host, ++created) : idle.pop();
        leased.put(c, host);
        return Optional.of(c);
    }

    public boolean release(Connection c) {
        if (leased == null || idleByHost == null) {
            return false;
        }
        String host = leased.remove(c);
        if (host == null) {
            return false;
        }
        idleByHost.computeIfAbsent(host, h -> new ArrayDeque<>()).push(c);
        return true;
    }

    public int idleCount() {
        if (idleByHost == null) {
            return 0;
        }
        return idleByHost.values().stream().mapToInt(Deque::size).sum();
    }

    public int leasedCount() {
        return leased != null ? leased.size() : 0;
    }

    public void close() {
        idleByHost = null;
        leased = null;
    }

    public static void main(String[] args) {
        N14ConnectionPool pool = new N14ConnectionPool();
        Connection a = pool.acquire("db").orElseThrow();
        Connection b = pool.acquire("db").orElseThrow();
        pool.release(a);
        Connection c = pool.acquire("db").orElseThrow();
        System.out.println("reused=" + (a == c) + " idle=" + pool.idleCount() + " leased=" + pool.leasedCount());
        System.out.println("double release: " + pool.release(a) + " " + pool.release(a));
        pool.close();
        System.out.println("after close: " + pool.acquire("db") + " release=" + pool.release(b)
                + " idle=" + pool.idleCount() + " leased=" + pool.leasedCount());
        pool.close();
    }
}
