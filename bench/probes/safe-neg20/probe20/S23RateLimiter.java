package probe20;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class S23RateLimiter {
    private final int perWindow;
    private volatile ConcurrentMap<String, AtomicInteger> buckets;

    public S23RateLimiter(int perWindow) {
        this.perWindow = perWindow;
    }

    private ConcurrentMap<String, AtomicInteger> buckets() {
        ConcurrentMap<String, AtomicInteger> b = buckets;
        if (b == null) {
            synchronized (this) {
                b = buckets;
                if (b == null) {
                    b = new ConcurrentHashMap<>();
                    buckets = b;
                }
            }
        }
        return b;
    }

    public boolean tryAcquire(String clientId) {
        AtomicInteger used = buckets().computeIfAbsent(clientId, k -> new AtomicInteger());
        return used.incrementAndGet() <= perWindow;
    }

    public synchronized void newWindow() {
        buckets = null;
    }

    public int trackedClients() {
        ConcurrentMap<String, AtomicInteger> b = buckets;
        return b == null ? 0 : b.size();
    }

    public static void main(String[] args) throws InterruptedException {
        S23RateLimiter limiter = new S23RateLimiter(5);
        System.out.println("tracked: " + limiter.trackedClients());
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            final String client = "client-" + (i % 4);
            final int n = i;
            pool.execute(() -> {
                if (n == 20) {
                    limiter.newWindow();
                }
                if (limiter.tryAcquire(client)) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("timeout");
        }
        System.out.println("allowed between 20 and 40: " + (allowed.get() >= 20 && allowed.get() <= 40));
        limiter.newWindow();
        System.out.println("tracked after window: " + limiter.trackedClients());
        System.out.println("fresh acquire: " + limiter.tryAcquire("client-0"));
    }
}
