package probe35;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-capacity token bucket limiter keyed by client id. Buckets are only tracked
 * between start() and stop(); a stopped limiter admits every request.
 */
public class SE01RateLimiter {
    private final int capacity;
    private Map<String, Integer> buckets; // null until start(), null again after stop()
    private long rejected;

    public SE01RateLimiter(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public void start() {
        if (buckets != null) {
            throw new IllegalStateException("limiter already started");
        }
        buckets = new HashMap<>();
    }

    public void stop() {
        buckets = null;
    }

    public boolean tryAcquire(String client) {
        if (buckets == null) {
            return true;
        }
        int left = buckets.getOrDefault(client, capacity);
        if (left == 0) {
            rejected++;
            return false;
        }
        buckets.put(client, left - 1);
        return true;
    }

    public int remaining(String client) {
        if (buckets == null) {
            return capacity;
        }
        return buckets.getOrDefault(client, capacity);
    }

    public void refill() {
        if (buckets == null) {
            return;
        }
        buckets.replaceAll((client, left) -> capacity);
    }

    public int trackedClients() {
        if (buckets == null) {
            return 0;
        }
        return buckets.size();
    }

    public long rejected() {
        return rejected;
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new SE01RateLimiter(0));
        SE01RateLimiter limiter = new SE01RateLimiter(2);
        check(limiter.tryAcquire("a") && limiter.tryAcquire("a") && limiter.tryAcquire("a"), "stopped admits all");
        check(limiter.remaining("a") == 2 && limiter.trackedClients() == 0, "nothing tracked before start");
        limiter.refill();

        limiter.start();
        expect(IllegalStateException.class, limiter::start);
        check(limiter.tryAcquire("a") && limiter.tryAcquire("a"), "two tokens");
        check(!limiter.tryAcquire("a"), "third rejected");
        check(limiter.remaining("a") == 0 && limiter.remaining("b") == 2, "remaining");
        check(limiter.trackedClients() == 1, "one client");
        limiter.refill();
        check(limiter.remaining("a") == 2, "refilled");

        for (int round = 0; round < 2; round++) {
            limiter.stop();
            check(limiter.tryAcquire("a") && limiter.remaining("a") == 2, "stopped again");
            check(limiter.trackedClients() == 0, "dropped");
            limiter.refill();
        }

        limiter.start();
        check(limiter.tryAcquire("z") && limiter.remaining("z") == 1, "restarted");
        check(limiter.rejected() == 1, "rejected count");
        limiter.stop();
        System.out.println("SE01RateLimiter ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
