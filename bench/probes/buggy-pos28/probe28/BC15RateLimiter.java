package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Token-bucket rate limiter in the spirit of Bucket4j / Resilience4j's RateLimiter:
 * per-key buckets refilled by a background task, with per-key limits configured
 * through a builder.
 */
public class BC15RateLimiter {

    private final int defaultLimit;
    private final Map<String, Integer> perKeyLimits;
    private Map<String, Integer> buckets = new ConcurrentHashMap<>();
    private final ExecutorService refiller = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "limiter-refill");
        t.setDaemon(true);
        return t;
    });

    private BC15RateLimiter(Builder b) {
        this.defaultLimit = b.defaultLimit;
        this.perKeyLimits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int defaultLimit = 10;
        private Map<String, Integer> limits;

        public Builder defaultLimit(int n) {
            this.defaultLimit = n;
            return this;
        }

        public Builder limit(String key, int n) {
            if (limits == null) {
                limits = new HashMap<>();
            }
            limits.put(key, n);
            return this;
        }

        public Builder noOverrides() {
            this.limits = Map.of();
            return this;
        }

        public BC15RateLimiter build() {
            return new BC15RateLimiter(this);
        }
    }

    int limitFor(String key) {
        return perKeyLimits.getOrDefault(key, defaultLimit);
    }

    public boolean tryAcquire(String key) {
        Map<String, Integer> live = buckets;
        if (live == null) {
            return false;
        }
        int left = live.computeIfAbsent(key, this::limitFor);
        if (left <= 0) {
            return false;
        }
        live.put(key, left - 1);
        return true;
    }

    public Future<Integer> refillAsync() {
        return refiller.submit(() -> {
            int refilled = 0;
            Map<String, Integer> live = buckets;
            for (String key : live.keySet()) {
                live.put(key, limitFor(key));
                refilled++;
            }
            return refilled;
        });
    }

    /** Stops admitting requests; the daemon refill thread is left to die with the JVM. */
    public void stop() {
        buckets = null;
    }

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                throw npe;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC15RateLimiter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC15RateLimiter.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC15RateLimiter limiter = builder().defaultLimit(2).limit("vip", 3).build();
        int ok = 0;
        for (int i = 0; i < 5; i++) {
            ok += limiter.tryAcquire("anon") ? 1 : 0;
            ok += limiter.tryAcquire("vip") ? 1 : 0;
        }
        System.out.println("granted=" + ok + " refilled=" + await(limiter.refillAsync()) + " again=" + limiter.tryAcquire("anon"));
        BC15RateLimiter open = builder().noOverrides().build();
        System.out.println("open=" + open.tryAcquire("k") + " limit=" + open.limitFor("k"));

        BC15RateLimiter forgot = builder().defaultLimit(5).build();
        expectNpe("acquire with builder that skipped limits", 64, () -> forgot.tryAcquire("k"));
        limiter.stop();
        System.out.println("after stop acquire=" + limiter.tryAcquire("vip"));
        expectNpe("refill after stop", 84, () -> await(limiter.refillAsync()));
    }
}
