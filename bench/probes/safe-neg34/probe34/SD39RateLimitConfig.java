package probe34;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

/** Rate-limit settings published as an immutable snapshot through a volatile field. */
public class SD39RateLimitConfig {
    private static final class Snapshot {
        final long version;
        final Map<String, Integer> limits; // null only in the EMPTY sentinel (version 0)

        Snapshot(long version, Map<String, Integer> limits) {
            this.version = version;
            this.limits = limits;
        }
    }

    private static final Snapshot EMPTY = new Snapshot(0L, null);

    private final int defaultLimit;
    private volatile Snapshot current = EMPTY;
    private long versions;

    public SD39RateLimitConfig(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    public synchronized void publish(Map<String, Integer> limits) {
        for (Map.Entry<String, Integer> e : limits.entrySet()) {
            if (e.getValue() <= 0) {
                throw new IllegalArgumentException("limit for " + e.getKey() + " must be positive");
            }
        }
        current = new Snapshot(++versions, Map.copyOf(limits));
    }

    public int limitFor(String route) {
        Snapshot s = current; // read the volatile exactly once
        if (s == EMPTY) {
            return defaultLimit;
        }
        return s.limits.getOrDefault(route, defaultLimit);
    }

    public boolean allows(String route, int requestsInWindow) {
        return requestsInWindow < limitFor(route);
    }

    public int routeCount() {
        Snapshot s = current;
        return s.version == 0L ? 0 : s.limits.size();
    }

    public long version() {
        return current.version;
    }

    public boolean isPublished() {
        return current != EMPTY;
    }

    public synchronized void retract() {
        current = EMPTY;
    }

    private static void exerciseUnpublished(SD39RateLimitConfig c) {
        check(!c.isPublished() && c.version() == 0L, "unpublished");
        check(c.limitFor("/login") == 100 && c.allows("/login", 99) && !c.allows("/login", 100), "defaults");
        check(c.routeCount() == 0, "no routes");
        expect(IllegalArgumentException.class, () -> c.publish(Map.of("/x", 0)));
        c.retract();
    }

    public static void main(String[] args) throws InterruptedException {
        SD39RateLimitConfig config = new SD39RateLimitConfig(100);
        exerciseUnpublished(config);

        config.publish(Map.of("/login", 5, "/search", 50));
        check(config.isPublished() && config.version() == 1L && config.routeCount() == 2, "published");
        check(config.limitFor("/login") == 5 && config.limitFor("/other") == 100, "limits");
        check(config.allows("/search", 49) && !config.allows("/login", 5), "allows");
        expect(IllegalArgumentException.class, () -> config.publish(Map.of("/login", -1)));
        check(config.version() == 1L, "failed publish keeps the snapshot");

        config.retract();
        exerciseUnpublished(config);
        config.retract();
        exerciseUnpublished(config);

        config.publish(Map.of("/upload", 2));
        check(config.version() == 2L && config.limitFor("/upload") == 2 && config.routeCount() == 1, "republished");
        check(config.isPublished() && config.allows("/upload", 1) && !config.allows("/upload", 2), "republished allows");

        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                int limit = config.limitFor("/upload");
                if (limit != 2 && limit != 100 && limit != 3) {
                    throw new AssertionError("torn read " + limit);
                }
                config.routeCount();
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 2_000; i++) {
            config.retract();
            config.publish(Map.of("/upload", 3));
        }
        reader.join();
        check(reads.get() == 20_000, "reader finished cleanly");
        config.retract();
        exerciseUnpublished(config);
        System.out.println("SD39RateLimitConfig ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
