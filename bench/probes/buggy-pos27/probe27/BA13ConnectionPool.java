package probe27;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Per-host keep-alive connection pool with leasing, idle eviction and async execution,
 * like the pools inside HTTP and JDBC client libraries.
 */
public class BA13ConnectionPool implements AutoCloseable {
    static final class Connection {
        final String host;
        final int id;
        long idleSince;
        boolean open = true;

        Connection(String host, int id) {
            this.host = host;
            this.id = id;
        }

        void close() {
            open = false;
        }
    }

    private final AtomicInteger ids = new AtomicInteger();
    private Map<String, Deque<Connection>> idle = new HashMap<>();
    private Map<Connection, Long> leased = new IdentityHashMap<>();

    public synchronized Connection borrow(String host) {
        Deque<Connection> queue = idle.get(host);
        Connection c = queue == null ? null : queue.pollFirst();
        if (c == null) {
            c = new Connection(host, ids.incrementAndGet());
        }
        leased.put(c, System.nanoTime());
        return c;
    }

    public synchronized void release(Connection c) {
        Long since = leased.remove(c);
        if (since == null) {
            return;
        }
        c.idleSince = System.nanoTime();
        idle.computeIfAbsent(c.host, h -> new ArrayDeque<>()).addLast(c);
    }

    public synchronized int evictIdle(long maxIdleNanos) {
        int evicted = 0;
        long now = System.nanoTime();
        for (Deque<Connection> queue : idle.values()) {
            while (!queue.isEmpty() && now - queue.peekFirst().idleSince > maxIdleNanos) {
                queue.pollFirst().close();
                evicted++;
            }
        }
        return evicted;
    }

    public synchronized int idleCount() {
        if (idle == null) {
            return 0;
        }
        return idle.values().stream().mapToInt(Deque::size).sum();
    }

    public synchronized int leasedCount() {
        return leased == null ? 0 : leased.size();
    }

    public <T> CompletableFuture<T> executeAsync(String host, Function<Connection, T> work, ExecutorService executor) {
        return CompletableFuture.supplyAsync(() -> {
            Connection c = borrow(host);
            try {
                return work.apply(c);
            } finally {
                release(c);
            }
        }, executor);
    }

    @Override
    public synchronized void close() {
        if (idle != null) {
            idle.values().forEach(q -> q.forEach(Connection::close));
        }
        idle = null;
        leased = null;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        BA13ConnectionPool pool = new BA13ConnectionPool();
        Connection a = pool.borrow("db1");
        pool.release(a);
        System.out.println("reused: " + (pool.borrow("db1") == a) + ", leased=" + pool.leasedCount());
        pool.release(a);
        System.out.println("async result: " + pool.executeAsync("db2", c -> c.host + "#" + c.id, executor).get());
        System.out.println("evicted=" + pool.evictIdle(0) + " idle=" + pool.idleCount());
        Connection straggler = pool.borrow("db1");
        pool.close();
        System.out.println("after close idle=" + pool.idleCount() + " leased=" + pool.leasedCount());

        expectNpe(54, () -> pool.release(straggler));
        expectAsyncNpe(44, pool.executeAsync("db1", c -> c.id, executor));
        expectAsyncNpe(65, executor.submit(() -> pool.evictIdle(1_000L)));
        executor.shutdown();
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA13ConnectionPool.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void expectAsyncNpe(int line, Future<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                verify(line, npe);
            } else {
                System.out.println("WRONG " + FILE + ":" + line + " cause " + e.getCause());
                failed++;
            }
        } catch (InterruptedException | TimeoutException e) {
            System.out.println("FAILED " + FILE + ":" + line + " " + e);
            failed++;
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
