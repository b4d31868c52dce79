package probe28;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * Database connection pool keyed by host. An idle-connection counter is kept
 * in step with the map: whenever idle > 0 the map exists; when the last idle
 * connection is handed out the map is released. Readers test the counter.
 */
public class H34ConnectionPool {
    private final int maxIdle;
    private HashMap<String, Deque<String>> idleByHost; // non-null whenever idle > 0
    private int idle;
    private int opened;

    public H34ConnectionPool(int maxIdle) {
        this.maxIdle = maxIdle;
    }

    public String acquire(String host) {
        if (idle > 0) {
            Deque<String> q = idleByHost.get(host);
            if (q != null && !q.isEmpty()) {
                String c = q.pop();
                idle--;
                if (idle == 0) {
                    idleByHost = null;
                }
                return c;
            }
        }
        opened++;
        return host + "#" + opened;
    }

    public boolean release(String host, String connection) {
        if (idle >= maxIdle) {
            return false;
        }
        if (idleByHost == null) {
            idleByHost = new HashMap<>();
        }
        idleByHost.computeIfAbsent(host, h -> new ArrayDeque<>()).push(connection);
        idle++;
        return true;
    }

    public int idleFor(String host) {
        if (idle == 0) {
            return 0;
        }
        Deque<String> q = idleByHost.get(host);
        return q == null ? 0 : q.size();
    }

    public Set<String> hostsWithIdle() {
        Set<String> hosts = new TreeSet<>();
        if (idle > 0) {
            idleByHost.forEach((h, q) -> {
                if (!q.isEmpty()) {
                    hosts.add(h);
                }
            });
        }
        return hosts;
    }

    public void closeAll() {
        idle = 0;
        idleByHost = null;
    }

    public int idle() {
        return idle;
    }

    public int opened() {
        return opened;
    }

    public static void main(String[] args) {
        H34ConnectionPool pool = new H34ConnectionPool(2);
        assert pool.idleFor("db1") == 0;
        assert pool.hostsWithIdle().isEmpty();
        String a = pool.acquire("db1");
        String b = pool.acquire("db1");
        String c = pool.acquire("db2");
        assert a.equals("db1#1") && c.equals("db2#3");
        assert pool.release("db1", a);
        assert pool.release("db2", c);
        assert !pool.release("db1", b);
        assert pool.idleFor("db1") == 1;
        assert pool.hostsWithIdle().equals(Set.of("db1", "db2"));
        assert pool.acquire("db1").equals("db1#1");
        assert pool.hostsWithIdle().equals(Set.of("db2"));
        assert pool.acquire("db1").equals("db1#4");
        assert pool.acquire("db2").equals("db2#3");
        assert pool.idle() == 0;
        assert pool.idleFor("db2") == 0;
        assert pool.release("db3", "db3#9");
        pool.closeAll();
        assert pool.idleFor("db3") == 0;
        assert pool.acquire("db3").equals("db3#5");
        System.out.println("opened=" + pool.opened());
    }
}
