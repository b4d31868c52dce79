package probe32;

import java.util.HashMap;
import java.util.Map;

/**
 * Token-bucket rate limiter keyed by client id (in the style of Bucket4j / Guava RateLimiter).
 * The bucket table is created lazily by the private accessor {@link #buckets()} and dropped
 * again by {@link #reset()}, so the field is null before first use and after every reset.
 * Every access goes through the accessor or an explicit null test.
 */
public class SA01RateLimiter {

    private static final class Bucket {
        double tokens;
        long lastRefillNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefillNanos = now;
        }
    }

    private final double capacity;
    private final double refillPerSecond;
    private Map<String, Bucket> buckets; // created on demand, null after reset()
    private long clockNanos;

    public SA01RateLimiter(double capacity, double refillPerSecond) {
        if (capacity <= 0 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("capacity and rate must be positive");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    private Map<String, Bucket> buckets() {
        if (buckets == null) {
            buckets = new HashMap<>();
        }
        return buckets;
    }

    private void refill(Bucket b, long now) {
        double elapsedSeconds = (now - b.lastRefillNanos) / 1_000_000_000.0;
        b.tokens = Math.min(capacity, b.tokens + elapsedSeconds * refillPerSecond);
        b.lastRefillNanos = now;
    }

    public boolean tryAcquire(String clientId) {
        final long now = clockNanos;
        Bucket b = buckets().computeIfAbsent(clientId, k -> new Bucket(capacity, now));
        refill(b, now);
        if (b.tokens >= 1.0) {
            b.tokens -= 1.0;
            return true;
        }
        return false;
    }

    public double availableTokens(String clientId) {
        Bucket b = buckets().get(clientId);
        if (b == null) {
            return capacity;
        }
        refill(b, clockNanos);
        return b.tokens;
    }

    public int trackedClients() {
        return buckets().size();
    }

    public void forget(String clientId) {
        buckets().remove(clientId);
    }

    public void advanceMillis(long millis) {
        clockNanos += millis * 1_000_000L;
    }

    public void reset() {
        buckets = null;
    }

    public static void main(String[] args) {
        SA01RateLimiter limiter = new SA01RateLimiter(3, 1.0);
        System.out.println("before use: tracked=" + limiter.trackedClients());
        limiter.reset();
        System.out.println("tokens for unknown: " + limiter.availableTokens("x"));
        int granted = 0;
        for (int i = 0; i < 5; i++) {
            if (limiter.tryAcquire("alice")) {
                granted++;
            }
        }
        System.out.println("granted " + granted + " of 5");
        limiter.advanceMillis(2_000);
        System.out.println("after 2s alice has " + limiter.availableTokens("alice"));
        limiter.tryAcquire("bob");
        System.out.println("tracked=" + limiter.trackedClients());
        limiter.forget("bob");
        limiter.reset();
        limiter.reset();
        limiter.forget("alice");
        System.out.println("after reset tracked=" + limiter.trackedClients());
        System.out.println("alice again: " + limiter.tryAcquire("alice"));
        try {
            new SA01RateLimiter(0, 1);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
    }
}
