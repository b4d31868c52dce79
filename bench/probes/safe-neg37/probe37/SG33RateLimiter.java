package probe37;

import java.util.HashMap;
import java.util.function.LongSupplier;

/**
 * Fixed-window rate limiter for an HTTP server. The window start timestamp is 0 exactly when no
 * window is active, and the per-client counter map exists exactly when the timestamp is non-zero
 * (clock readings are clamped to at least 1). Methods test the timestamp only.
 */
public class SG33RateLimiter {

    static final class RateLimiter {
        private final LongSupplier clock;
        private final long windowMillis;
        private final int limit;
        private long windowStart;                 // 0 exactly when buckets == null
        private HashMap<String, Integer> buckets; // client -> requests in the current window

        RateLimiter(LongSupplier clock, long windowMillis, int limit) {
            if (clock == null || windowMillis <= 0 || limit <= 0) {
                throw new IllegalArgumentException("bad limiter configuration");
            }
            this.clock = clock;
            this.windowMillis = windowMillis;
            this.limit = limit;
        }

        private void startWindow(long now) {
            buckets = new HashMap<>();
            windowStart = now;
        }

        public boolean tryAcquire(String client) {
            if (client == null) {
                throw new IllegalArgumentException("client id required");
            }
            long now = Math.max(1L, clock.getAsLong()); // 0 is reserved for "no window"
            if (windowStart == 0 || now - windowStart >= windowMillis || now < windowStart) {
                startWindow(now);
            }
            int used = buckets.getOrDefault(client, 0);
            if (used >= limit) {
                return false;
            }
            buckets.put(client, used + 1);
            return true;
        }

        public int usage(String client) {
            if (windowStart == 0) {
                return 0;
            }
            return buckets.getOrDefault(client, 0);
        }

        public int activeClients() {
            return windowStart == 0 ? 0 : buckets.size();
        }

        public long windowStart() {
            return windowStart;
        }

        /** Forgets all counters; idempotent. */
        public void reset() {
            windowStart = 0;
            buckets = null;
        }
    }

    public static void main(String[] args) {
        long[] now = {0};
        expect(IllegalArgumentException.class, () -> new RateLimiter(() -> 0, 0, 1));
        RateLimiter limiter = new RateLimiter(() -> now[0], 1_000, 2);

        // Phase 1: before the map exists.
        check(limiter.windowStart() == 0 && limiter.usage("a") == 0 && limiter.activeClients() == 0, "no window");
        expect(IllegalArgumentException.class, () -> limiter.tryAcquire(null));
        limiter.reset();

        // Phase 2: while it exists (the clock reads 0, the window start is clamped to 1).
        check(limiter.tryAcquire("a") && limiter.tryAcquire("a") && !limiter.tryAcquire("a"), "limit 2");
        check(limiter.windowStart() == 1 && limiter.usage("a") == 2 && limiter.usage("b") == 0, "usage");
        check(limiter.tryAcquire("b") && limiter.activeClients() == 2, "second client");
        now[0] = 1_500;
        check(limiter.tryAcquire("a") && limiter.usage("a") == 1 && limiter.activeClients() == 1, "new window");

        // Phase 3: after it has been dropped (twice).
        limiter.reset();
        limiter.reset();
        check(limiter.windowStart() == 0 && limiter.usage("a") == 0 && limiter.activeClients() == 0, "reset");

        // Phase 4: after it has been created again.
        now[0] = 2_000;
        check(limiter.tryAcquire("c") && limiter.windowStart() == 2_000 && limiter.usage("c") == 1, "fresh window");
        now[0] = 10; // clock went backwards: start a new window instead of trusting stale counts
        check(limiter.tryAcquire("c") && limiter.windowStart() == 10 && limiter.usage("c") == 1, "clock skew");
        System.out.println("SG33RateLimiter ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
