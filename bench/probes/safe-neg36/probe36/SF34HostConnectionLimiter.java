package probe36;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host connection limiter of an HTTP client. The per-host counter map is touched only by code that holds
 * one of the semaphore's permits (tryAcquire succeeded, or a live Lease). open() creates the map before
 * releasing permits, and shutdown() only drops it after reclaiming every permit, which fails while any lease
 * is outstanding.
 */
public final class SF34HostConnectionLimiter {
    public final class Lease implements AutoCloseable {
        private final String host;
        private boolean released;

        private Lease(String host) {
            this.host = host;
        }

        public String host() {
            return host;
        }

        /** Connections currently leased for this host, including this one. */
        public int concurrentForHost() {
            if (released) {
                throw new IllegalStateException("lease already released");
            }
            return perHost.getOrDefault(host, 0); // this lease still holds a permit
        }

        @Override
        public void close() {
            if (released) {
                return;
            }
            released = true;
            perHost.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
            permits.release();
        }
    }

    private final Semaphore permits = new Semaphore(0);
    private ConcurrentHashMap<String, Integer> perHost; // exists while permits are in circulation
    private int capacity;                                // 0 while shut down

    public synchronized void open(int maxConnections) {
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("need at least one connection");
        }
        if (capacity != 0) {
            throw new IllegalStateException("limiter already open");
        }
        perHost = new ConcurrentHashMap<>();
        capacity = maxConnections;
        permits.release(maxConnections);
    }

    public Optional<Lease> tryAcquire(String host) {
        if (host.isBlank()) {
            throw new IllegalArgumentException("host required");
        }
        if (!permits.tryAcquire()) {
            return Optional.empty();
        }
        perHost.merge(host, 1, Integer::sum);
        return Optional.of(new Lease(host));
    }

    public synchronized void shutdown() {
        if (capacity == 0) {
            throw new IllegalStateException("limiter not open");
        }
        if (!permits.tryAcquire(capacity)) {
            throw new IllegalStateException((capacity - permits.availablePermits()) + " lease(s) still outstanding");
        }
        perHost = null;
        capacity = 0;
    }

    public int available() {
        return permits.availablePermits();
    }

    public static void main(String[] args) {
        SF34HostConnectionLimiter limiter = new SF34HostConnectionLimiter();
        // Phase 1: never opened.
        check(limiter.tryAcquire("a.example").isEmpty() && limiter.available() == 0, "no permits before open");
        expect(IllegalStateException.class, limiter::shutdown);
        expect(IllegalArgumentException.class, () -> limiter.open(0));
        List<Lease> staleLeases = new ArrayList<>();
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): open.
            limiter.open(2);
            expect(IllegalStateException.class, () -> limiter.open(3));
            Lease first = limiter.tryAcquire("a.example").orElseThrow();
            Lease second = limiter.tryAcquire("a.example").orElseThrow();
            expect(NoSuchElementException.class, () -> limiter.tryAcquire("b.example").orElseThrow());
            check(first.concurrentForHost() == 2, "two leases for a.example");
            expect(IllegalStateException.class, limiter::shutdown);
            try (Lease closing = second) {
                check(closing.host().equals("a.example"), "host");
            }
            second.close(); // idempotent
            check(first.concurrentForHost() == 1 && limiter.available() == 1, "one released");
            expect(IllegalStateException.class, second::concurrentForHost);
            first.close();
            // Phase 3: shut down (twice over the loop).
            limiter.shutdown();
            check(limiter.tryAcquire("a.example").isEmpty() && limiter.available() == 0, "no permits after shutdown");
            expect(IllegalStateException.class, limiter::shutdown);
            expect(IllegalStateException.class, first::concurrentForHost);
            staleLeases.add(first);
        }
        limiter.open(1);
        Lease again = limiter.tryAcquire("c.example").orElseThrow();
        staleLeases.forEach(Lease::close); // leases from earlier cycles cannot release anything
        check(again.concurrentForHost() == 1 && limiter.available() == 0, "fresh map after reopen");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
