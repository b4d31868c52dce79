package probe18;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Sliding-window per-client rate limiter for an API gateway, safe for concurrent callers. */
public final class N20RateLimiter {
    private final Object lock = new Object();
    private final int limit;
    private final long windowMillis;
    private Map<String, Deque<Long>> windows;

    public N20RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public boolean tryAcquire(String client, long now) {
        synchronized (lock) {
            if (windows == null) {
                windows = new HashMap<>();
            }
            Deque<Long> d = windows.computeIfAbsent(client, k -> new ArrayDeque<>());
            while (!d.isEmpty() && now - d.peekFirst() >= windowMillis) {
                d.pollFirst();
            }
            if (d.size() >= limit) {
                return false;
            }
            d.addLast(now);
            return true;
        }
    }

    public int trackedClients() {
        synchronized (lock) {
            return windows == null ? 0 : windows.size();
        }
    }

    public void forget(String client) {
        synchronized (lock) {
            if (windows != null && windows.remove(client) != null && windows.isEmpty()) {
                windows = null;
            }
        }
    }

    public void reset() {
        synchronized (lock) {
            windows = null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        N20RateLimiter rl = new N20RateLimiter(3, 1000);
        rl.forget("nobody");
        StringBuilder sb = new StringBuilder();
        for (long t = 0; t < 6; t++) {
            sb.append(rl.tryAcquire("k1", t * 100) ? 'Y' : 'n');
        }
        System.out.println(sb + " then " + rl.tryAcquire("k1", 1200) + " clients=" + rl.trackedClients());
        rl.forget("k1");
        Thread resetter = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                rl.reset();
            }
        });
        resetter.start();
        int granted = 0;
        for (int i = 0; i < 200; i++) {
            granted += rl.tryAcquire("k" + (i % 5), i) ? 1 : 0;
        }
        resetter.join();
        System.out.println("granted>0: " + (granted > 0) + " clients<=5: " + (rl.trackedClients() <= 5));
    }
}
