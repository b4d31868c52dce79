package probe28;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * API-gateway rate limiter with fixed windows. Counters live in a map that is
 * replaced when a new window starts and dropped when limiting is suspended.
 */
public class H22ApiRateLimiter {
    private final int limitPerWindow;
    private final long windowMillis;
    private ConcurrentMap<String, Integer> counters; // null while suspended / before first window
    private long windowStart = Long.MIN_VALUE;
    private long rejected;

    public H22ApiRateLimiter(int limitPerWindow, long windowMillis) {
        this.limitPerWindow = limitPerWindow;
        this.windowMillis = windowMillis;
    }

    private void rollWindow(long now) {
        if (windowStart == Long.MIN_VALUE || now - windowStart >= windowMillis) {
            windowStart = now - (windowStart == Long.MIN_VALUE ? 0 : (now - windowStart) % windowMillis);
            counters = new ConcurrentHashMap<>();
        }
    }

    public boolean tryAcquire(String apiKey, long now) {
        rollWindow(now);
        if (!(counters != null && counters.getOrDefault(apiKey, 0) < limitPerWindow)) {
            rejected++;
            return false;
        }
        counters.merge(apiKey, 1, Integer::sum);
        return true;
    }

    public int used(String apiKey) {
        if (!(counters != null)) {
            return 0;
        }
        return counters.getOrDefault(apiKey, 0);
    }

    public int remaining(String apiKey) {
        return limitPerWindow - used(apiKey);
    }

    public void suspend() {
        counters = null;
        windowStart = Long.MIN_VALUE;
    }

    public int trackedKeys() {
        return counters == null ? 0 : counters.size();
    }

    public long rejected() {
        return rejected;
    }

    public static void main(String[] args) {
        H22ApiRateLimiter rl = new H22ApiRateLimiter(2, 1000);
        assert rl.used("k1") == 0;
        assert rl.remaining("k1") == 2;
        assert rl.trackedKeys() == 0;
        assert rl.tryAcquire("k1", 100);
        assert rl.tryAcquire("k1", 200);
        assert !rl.tryAcquire("k1", 300);
        assert rl.tryAcquire("k2", 400);
        assert rl.trackedKeys() == 2;
        assert rl.remaining("k1") == 0;
        assert rl.tryAcquire("k1", 1150);
        assert rl.used("k1") == 1;
        rl.suspend();
        assert rl.used("k1") == 0;
        assert rl.trackedKeys() == 0;
        assert rl.tryAcquire("k1", 5000);
        assert rl.rejected() == 1;
        System.out.println("rejected=" + rl.rejected());
    }
}
