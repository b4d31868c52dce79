package probe32;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class BG12RateLimiter {
    private static final String FILE = "BG12RateLimiter.java";

    interface QuotaSource {
        Map<String, Integer> load() throws InterruptedException;
    }

    static final class Bucket {
        private int tokens;
        private long lastSeen;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.lastSeen = now;
        }
    }

    static final class RateLimiter {
        private final int defaultQuota;
        private final long idleLimit;
        private final QuotaSource source;
        private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quota-loader");
            t.setDaemon(true);
            return t;
        });
        private volatile Map<String, Integer> quotas;
        private Map<String, Bucket> buckets;
        private int tracked;

        RateLimiter(int defaultQuota, long idleLimit, QuotaSource source) {
            this.defaultQuota = defaultQuota;
            this.idleLimit = idleLimit;
            this.source = source;
        }

        Future<?> warmUp() {
            return worker.submit(() -> {
                Map<String, Integer> loaded = source.load();
                quotas = new ConcurrentHashMap<>(loaded);
                return loaded.size();
            });
        }

        int quotaFor(String tenant) {
            return quotas.getOrDefault(tenant, defaultQuota);
        }

        int quotaOrDefault(String tenant) {
            Map<String, Integer> q = quotas;
            return q == null ? defaultQuota : q.getOrDefault(tenant, defaultQuota);
        }

        int remaining(String tenant) {
            if (tracked == 0) {
                return quotaOrDefault(tenant);
            }
            Bucket bucket = buckets.get(tenant);
            return bucket == null ? quotaOrDefault(tenant) : bucket.tokens;
        }

        boolean tryAcquire(String tenant, long now) {
            Map<String, Bucket> b = buckets;
            if (b == null) {
                b = new HashMap<>();
                buckets = b;
            }
            Bucket bucket = b.get(tenant);
            if (bucket == null) {
                bucket = new Bucket(quotaOrDefault(tenant), now);
                b.put(tenant, bucket);
                tracked++;
            }
            bucket.lastSeen = now;
            if (bucket.tokens == 0) {
                return false;
            }
            bucket.tokens--;
            return true;
        }

        void forget(String tenant) {
            Map<String, Bucket> b = buckets;
            if (b != null) {
                b.remove(tenant);
            }
        }

        int purgeIdle(long now) {
            Map<String, Bucket> b = buckets;
            if (b == null) {
                return 0;
            }
            int removed = 0;
            for (Iterator<Bucket> it = b.values().iterator(); it.hasNext();) {
                if (now - it.next().lastSeen > idleLimit) {
                    it.remove();
                    removed++;
                }
            }
            tracked -= removed;
            if (b.isEmpty()) {
                buckets = null;
            }
            return removed;
        }
    }

    public static void main(String[] args) throws Exception {
        RateLimiter limiter = new RateLimiter(2, 10, () -> Map.of("gold", 5));
        System.out.println("before warm-up gold=" + limiter.quotaOrDefault("gold") + " remaining=" + limiter.remaining("gold"));
        limiter.warmUp().get();
        System.out.println("gold=" + limiter.quotaFor("gold") + " free=" + limiter.quotaFor("free"));
        System.out.println(limiter.tryAcquire("free", 1) + " " + limiter.tryAcquire("free", 2) + " " + limiter.tryAcquire("free", 3));
        limiter.tryAcquire("gold", 3);
        System.out.println("remaining gold=" + limiter.remaining("gold") + " free=" + limiter.remaining("free"));
        System.out.println("purged=" + limiter.purgeIdle(100) + " remaining=" + limiter.remaining("gold") + " tracked=" + limiter.tracked);

        CountDownLatch slowBackend = new CountDownLatch(1);
        RateLimiter cold = new RateLimiter(3, 10, () -> {
            slowBackend.await();
            return Map.of("gold", 9);
        });
        Future<?> loading = cold.warmUp();
        try {
            expectNpe(58, () -> cold.quotaFor("gold"));
        } finally {
            slowBackend.countDown();
        }
        System.out.println("loaded=" + loading.get());

        limiter.tryAcquire("bronze", 200);
        limiter.forget("bronze");
        System.out.println("purged=" + limiter.purgeIdle(205) + " tracked=" + limiter.tracked);
        expectNpe(70, () -> limiter.remaining("bronze"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
