package probe19;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Sliding-window rate limiter tracking request timestamps per client. */
public class M16RateLimiter {
    private final int maxRequests;
    private final long windowMillis;
    private Map<String, Deque<Long>> windows;
    private int trackedClients;

    public M16RateLimiter(int maxRequests, long windowMillis) {
        this.maxRequests = maxRequests;
        this.windowMillis = windowMillis;
    }

    public boolean tryAcquire(String client, long now) {
        if (windows == null) {
            windows = new HashMap<>();
        }
        Deque<Long> window = windows.get(client);
        if (window == null) {
            window = new ArrayDeque<>();
            windows.put(client, window);
            trackedClients++;
        }
        while (!window.isEmpty() && window.peekFirst() <= now - windowMillis) {
            window.pollFirst();
        }
        if (window.size() >= maxRequests) {
            return false;
        }
        window.addLast(now);
        return true;
    }

    public int inFlight(String client) {
        if (trackedClients == 0) {
            return 0;
        }
        Deque<Long> window = windows.get(client);
        return window == null ? 0 : window.size();
    }

    public int evictIdle(long now) {
        if (trackedClients == 0) {
            return 0;
        }
        int evicted = 0;
        Iterator<Map.Entry<String, Deque<Long>>> it = windows.entrySet().iterator();
        while (it.hasNext()) {
            Deque<Long> window = it.next().getValue();
            if (window.isEmpty() || window.peekLast() <= now - windowMillis) {
                it.remove();
                trackedClients--;
                evicted++;
            }
        }
        if (trackedClients == 0) {
            windows = null;
        }
        return evicted;
    }

    public int trackedClients() {
        return trackedClients;
    }

    public void reset() {
        windows = null;
        trackedClients = 0;
    }

    public static void main(String[] args) {
        M16RateLimiter limiter = new M16RateLimiter(2, 1000);
        System.out.println(limiter.inFlight("a") + " " + limiter.evictIdle(0) + " " + limiter.trackedClients());
        System.out.println(limiter.tryAcquire("a", 0) + " " + limiter.tryAcquire("a", 10) + " " + limiter.tryAcquire("a", 20));
        limiter.tryAcquire("b", 500);
        System.out.println(limiter.inFlight("a") + " " + limiter.inFlight("zz") + " " + limiter.evictIdle(1200));
        System.out.println(limiter.tryAcquire("a", 1500) + " " + limiter.evictIdle(5000) + " " + limiter.inFlight("b"));
        limiter.reset();
        System.out.println(limiter.evictIdle(0) + " " + limiter.tryAcquire("c", 0) + " " + limiter.trackedClients());
        limiter.reset();
        limiter.reset();
        System.out.println(limiter.inFlight("c"));
    }
}
