package probe39;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window rate limiter for an API gateway. Limiting can be switched on and off at run
 * time; while it is off the bucket table is null and every request is allowed.
 *
 * <p>This class is thread-safe. {@code buckets} is volatile, {@link #enable()} and
 * {@link #disable()} are synchronized, and every reader copies the field into a local once,
 * tests the local and uses only the local afterwards.
 */
public final class SI04RateLimiterTable {
    private final int limitPerWindow;
    private volatile ConcurrentHashMap<String, AtomicInteger> buckets; // null while limiting is off

    public SI04RateLimiterTable(int limitPerWindow) {
        if (limitPerWindow <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limitPerWindow = limitPerWindow;
    }

    public synchronized void enable() {
        if (buckets == null) {
            buckets = new ConcurrentHashMap<>();
        }
    }

    public synchronized void disable() {
        buckets = null;
    }

    public boolean tryAcquire(String client) {
        requireClient(client);
        ConcurrentHashMap<String, AtomicInteger> snapshot = buckets;
        if (snapshot == null) {
            return true;
        }
        AtomicInteger counter = snapshot.computeIfAbsent(client, k -> new AtomicInteger());
        return counter.incrementAndGet() <= limitPerWindow;
    }

    public int used(String client) {
        requireClient(client);
        ConcurrentHashMap<String, AtomicInteger> snapshot = buckets;
        if (snapshot == null) {
            return 0;
        }
        AtomicInteger counter = snapshot.get(client);
        return counter == null ? 0 : Math.min(counter.get(), limitPerWindow);
    }

    public void resetWindow() {
        ConcurrentHashMap<String, AtomicInteger> snapshot = buckets;
        if (snapshot != null) {
            snapshot.clear();
        }
    }

    public int trackedClients() {
        ConcurrentHashMap<String, AtomicInteger> snapshot = buckets;
        return snapshot == null ? 0 : snapshot.size();
    }

    public boolean isEnabled() {
        return buckets != null;
    }

    private static void requireClient(String client) {
        if (client == null || client.isEmpty()) {
            throw new IllegalArgumentException("client id must be non-empty");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) throws Exception {
        SI04RateLimiterTable limiter = new SI04RateLimiterTable(2);
        check(limiter.tryAcquire("alice") && limiter.tryAcquire("alice") && limiter.tryAcquire("alice"),
                "unlimited while off");
        check(limiter.used("alice") == 0 && limiter.trackedClients() == 0, "nothing tracked while off");
        limiter.resetWindow();
        expect(IllegalArgumentException.class, () -> limiter.tryAcquire(""));
        expect(IllegalArgumentException.class, () -> limiter.used(null));
        expect(IllegalArgumentException.class, () -> new SI04RateLimiterTable(0));

        limiter.enable();
        limiter.enable();
        check(limiter.tryAcquire("alice") && limiter.tryAcquire("alice"), "two allowed");
        check(!limiter.tryAcquire("alice"), "third denied");
        check(limiter.used("alice") == 2 && limiter.used("bob") == 0, "usage");
        limiter.resetWindow();
        check(limiter.tryAcquire("alice") && limiter.trackedClients() == 1, "new window");

        limiter.disable();
        limiter.disable();
        check(limiter.tryAcquire("alice") && !limiter.isEnabled(), "allowed after disable");
        limiter.resetWindow();
        limiter.enable();
        check(limiter.used("alice") == 0, "fresh table after re-enable");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            String client = "client-" + t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    limiter.tryAcquire(client);
                    limiter.used(client);
                    limiter.trackedClients();
                }
            }));
        }
        futures.add(pool.submit(() -> {
            for (int i = 0; i < 2_000; i++) {
                limiter.disable();
                limiter.resetWindow();
                limiter.enable();
                limiter.resetWindow();
            }
        }));
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        check(pool.awaitTermination(30, TimeUnit.SECONDS), "pool terminated");
        check(limiter.isEnabled(), "enabled at the end");
        System.out.println("OK SI04RateLimiterTable");
    }
}
