package probe31;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Connection pool keyed by host: idle connections per host, leased
 * connections, optional per-host limits and an open/closed lifecycle.
 */
public final class BF20ConnectionPool {

    enum Lifecycle { OPEN, CLOSED }

    record Conn(String host, int serial) {}

    private final int maxPerHost;
    private final Map<String, Integer> hostLimits;
    private final AtomicReference<Lifecycle> lifecycle = new AtomicReference<>(Lifecycle.OPEN);
    private Map<String, Deque<Conn>> idle;
    private Map<Conn, Long> leased = new HashMap<>();
    private int serial;

    BF20ConnectionPool(int maxPerHost, Map<String, Integer> hostLimits) {
        this.maxPerHost = maxPerHost;
        this.hostLimits = hostLimits;
        this.idle = new HashMap<>();
    }

    private BF20ConnectionPool(BF20ConnectionPool base, int maxPerHost) {
        this.maxPerHost = maxPerHost;
        this.hostLimits = base.hostLimits;
        this.serial = base.serial;
    }

    /** A pool without per-host limits. */
    static BF20ConnectionPool unbounded(int maxPerHost) {
        return new BF20ConnectionPool(maxPerHost, null);
    }

    /** The same configuration with another per-host cap. */
    BF20ConnectionPool withMaxPerHost(int max) {
        return new BF20ConnectionPool(this, max);
    }

    int limitFor(String host) {
        return hostLimits.getOrDefault(host, maxPerHost);
    }

    int limitOrDefault(String host) {
        return hostLimits == null ? maxPerHost : hostLimits.getOrDefault(host, maxPerHost);
    }

    Conn lease(String host) {
        if (lifecycle.get() != Lifecycle.OPEN) {
            throw new IllegalStateException("pool closed");
        }
        Map<String, Deque<Conn>> free = idle;
        Deque<Conn> queue = free == null ? null : free.get(host);
        Conn conn = queue == null || queue.isEmpty() ? new Conn(host, ++serial) : queue.pop();
        leased.put(conn, (long) serial);
        return conn;
    }

    void release(Conn conn) {
        if (lifecycle.get() != Lifecycle.OPEN) {
            return;
        }
        Map<Conn, Long> out = leased;
        if (out != null) {
            out.remove(conn);
        }
        idle.computeIfAbsent(conn.host(), h -> new ArrayDeque<>()).push(conn);
    }

    int leasedFor(String host) {
        Map<Conn, Long> out = leased;
        return out == null ? 0 : (int) out.keySet().stream().filter(c -> c.host().equals(host)).count();
    }

    double utilisation(String host) {
        return leasedFor(host) / (double) limitFor(host);
    }

    int idleCount() {
        Map<String, Deque<Conn>> free = idle;
        return free == null ? 0 : free.values().stream().mapToInt(Deque::size).sum();
    }

    void close() {
        if (lifecycle.compareAndSet(Lifecycle.OPEN, Lifecycle.CLOSED)) {
            leased = null;
            idle = null;
        }
    }

    /** Re-opens a closed pool; connections are created on demand again. */
    void reopen() {
        if (lifecycle.compareAndSet(Lifecycle.CLOSED, Lifecycle.OPEN)) {
            idle = new HashMap<>();
        }
    }

    public static void main(String[] args) {
        BF20ConnectionPool pool = new BF20ConnectionPool(2, Map.of("db", 1));
        Conn first = pool.lease("db");
        System.out.println("utilisation=" + pool.utilisation("db") + " limit(web)=" + pool.limitFor("web"));
        pool.release(first);
        Conn again = pool.lease("db");
        System.out.println("reused=" + (again == first) + " idle=" + pool.idleCount() + " leased=" + pool.leasedFor("db"));
        BF20ConnectionPool open = unbounded(3);
        System.out.println("unbounded limit=" + open.limitOrDefault("db") + " leased=" + open.leasedFor("db"));
        BF20ConnectionPool wide = pool.withMaxPerHost(8);
        System.out.println("wide conn=" + wide.lease("cache") + " idle=" + wide.idleCount());
        pool.close();
        pool.release(again);
        System.out.println("closed idle=" + pool.idleCount() + " leased=" + pool.leasedFor("db"));

        int proved = 0;
        proved += expect(50, () -> unbounded(3).utilisation("db"));
        proved += expect(76, () -> {
            BF20ConnectionPool derived = new BF20ConnectionPool(2, Map.of()).withMaxPerHost(4);
            derived.release(derived.lease("db"));
        });
        proved += expect(64, () -> {
            BF20ConnectionPool p = new BF20ConnectionPool(2, Map.of());
            p.close();
            p.reopen();
            p.lease("db");
        });
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF20ConnectionPool.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
