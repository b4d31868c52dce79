package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-bucket rate limiter of an API gateway. Thread-safe: every method synchronises on
 * this instance, which guards the bucket table. The table is created by the first request
 * and discarded by reset() (e.g. when the limits are reconfigured).
 */
public final class D19RateLimiterService {

    private static final class Bucket {
        double tokens;
        long lastRefill;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefill = now;
        }
    }

    private final double capacity;
    private final double refillPerMs;
    private Map<String, Bucket> buckets; // guarded by this; null until the first request and after reset()
    private long rejected;

    public D19RateLimiterService(double capacity, double refillPerSecond) {
        this.capacity = capacity;
        this.refillPerMs = refillPerSecond / 1000.0;
    }

    public synchronized boolean tryAcquire(String client, long nowMs) {
        if (buckets == null) {
            buckets = new HashMap<>();
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacity, nowMs));
        refill(b, nowMs);
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return true;
        }
        rejected++;
        return false;
    }

    public synchronized double available(String client, long nowMs) {
        if (buckets == null) {
            return capacity;
        }
        Bucket b = buckets.get(client);
        if (b == null) {
            return capacity;
        }
        refill(b, nowMs);
        return b.tokens;
    }

    public synchronized int trackedClients() {
        return buckets == null ? 0 : buckets.size();
    }

    public synchronized boolean forget(String client) {
        if (buckets == null || buckets.remove(client) == null) {
            return false;
        }
        if (buckets.isEmpty()) {
            buckets = null;
        }
        return true;
    }

    public synchronized void reset() {
        buckets = null;
        rejected = 0;
    }

    public synchronized long rejectedCount() {
        return rejected;
    }

    private void refill(Bucket b, long nowMs) {
        long elapsed = Math.max(0, nowMs - b.lastRefill);
        b.tokens = Math.min(capacity, b.tokens + elapsed * refillPerMs);
        b.lastRefill = Math.max(b.lastRefill, nowMs);
    }

    public static void main(String[] args) throws InterruptedException {
        D19RateLimiterService limiter = new D19RateLimiterService(5, 10);
        System.out.println(limiter.available("a", 0) + " " + limiter.trackedClients() + " " + limiter.forget("a"));
        for (int i = 0; i < 7; i++) {
            limiter.tryAcquire("a", 0);
        }
        System.out.println(limiter.available("a", 0) + " " + limiter.available("a", 300) + " rejected=" + limiter.rejectedCount());
        System.out.println(limiter.available("zz", 0) + " " + limiter.forget("zz") + " " + limiter.forget("a") + " " + limiter.trackedClients());
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String client = "client-" + (t % 2);
            workers.add(new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    limiter.tryAcquire(client, i);
                    limiter.available(client, i);
                    if (i % 250 == 0) {
                        limiter.reset();
                    }
                    if (i % 333 == 0) {
                        limiter.forget(client);
                    }
                    limiter.trackedClients();
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        limiter.reset();
        System.out.println("after threads: clients=" + limiter.trackedClients() + " rejected=" + limiter.rejectedCount());
    }
}
