package probe33;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

public class BH20ConnectionPool {
    record PoolStats(int idle, Map<String, Integer> waitersByThread) {
        static PoolStats quiet(int idle) {
            return new PoolStats(idle, null);
        }

        int waiters() {
            int total = 0;
            for (int w : waitersByThread.values()) {
                total += w;
            }
            return total;
        }

        boolean hasWaiters() {
            return waitersByThread != null && !waitersByThread.isEmpty();
        }
    }

    static final class PooledConnection {
        final String url;
        private final LinkedHashMap<String, String> statementCache;

        PooledConnection(String url, int cacheSize) {
            this.url = url;
            this.statementCache = cacheSize > 0 ? new LinkedHashMap<>(cacheSize, 0.75f, true) : null;
        }

        String prepare(String sql) {
            LinkedHashMap<String, String> cache = statementCache;
            if (cache == null) {
                return "stmt:" + sql.length();
            }
            return cache.computeIfAbsent(sql, s -> "stmt:" + s.length());
        }
    }

    private final String url;
    private final int statementCacheSize;
    private final List<PooledConnection> idle = new ArrayList<>();
    private final Map<String, Integer> waiters = new ConcurrentHashMap<>();
    private volatile Map<String, Long> idleSince = new ConcurrentHashMap<>();
    private int created;

    BH20ConnectionPool(String url, int statementCacheSize) {
        this.url = url;
        this.statementCacheSize = statementCacheSize;
    }

    void release(PooledConnection connection, long now) {
        idle.add(connection);
        idleSince.put(connection.url, now);
    }

    String cachedStatement(PooledConnection connection, String sql) {
        return connection.statementCache.get(sql);
    }

    PooledConnection borrow() {
        PooledConnection c = idle.isEmpty() ? new PooledConnection(url + "#" + (++created), statementCacheSize) : idle.remove(idle.size() - 1);
        Map<String, Long> since = idleSince;
        if (since != null) {
            since.remove(c.url);
        }
        return c;
    }

    void await(String thread) {
        waiters.merge(thread, 1, Integer::sum);
    }

    Thread startEvictor(long now, long maxIdle, boolean shutdownAfter) {
        Thread evictor = new Thread(() -> {
            Map<String, Long> since = idleSince;
            if (since != null) {
                since.entrySet().removeIf(e -> now - e.getValue() > maxIdle);
            }
            if (shutdownAfter) {
                idleSince = null;
            }
        }, "evictor");
        evictor.start();
        return evictor;
    }

    PoolStats stats() {
        return waiters.isEmpty() ? PoolStats.quiet(idle.size()) : new PoolStats(idle.size(), Map.copyOf(waiters));
    }

    int idleCount() {
        Map<String, Long> since = idleSince;
        return since == null ? 0 : since.size();
    }

    public static void main(String[] args) throws Exception {
        BH20ConnectionPool pool = new BH20ConnectionPool("jdbc:h2:mem", 16);
        PooledConnection c1 = pool.borrow();
        System.out.println(c1.prepare("select 1") + " " + pool.cachedStatement(c1, "select 1"));
        pool.release(c1, 0L);
        pool.await("worker-1");
        PoolStats busy = pool.stats();
        System.out.println(busy.waiters() + " " + busy.hasWaiters() + " " + pool.idleCount());
        pool.startEvictor(10_000L, 5_000L, false).join();
        System.out.println(pool.idleCount() + " " + pool.borrow().url + " " + busy.idle());
        BH20ConnectionPool uncached = new BH20ConnectionPool("jdbc:pg", 0);
        PooledConnection raw = uncached.borrow();
        System.out.println(raw.prepare("select 2") + " " + uncached.stats().hasWaiters());
        uncached.startEvictor(0L, 1L, true).join();
        System.out.println(uncached.idleCount() + " " + uncached.borrow().url);

        expect(61, () -> uncached.release(raw, 5L));
        expect(65, () -> uncached.cachedStatement(raw, "select 2"));
        expect(18, () -> uncached.stats().waiters());
    }

    private static final String FILE = "BH20ConnectionPool.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
