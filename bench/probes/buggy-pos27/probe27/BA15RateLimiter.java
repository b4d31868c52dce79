package probe27;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window API rate limiter with hot-reloadable per-client quotas and a background
 * window-reset task, as found in API gateways.
 */
public class BA15RateLimiter {
    private volatile Map<String, Integer> quotas;
    private volatile Map<String, AtomicInteger> used = new ConcurrentHashMap<>();
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService maintenance = Executors.newSingleThreadExecutor();
    private final int defaultQuota;

    public BA15RateLimiter(Map<String, Integer> initialQuotas, int defaultQuota) {
        this.quotas = new HashMap<>(initialQuotas);
        this.defaultQuota = defaultQuota;
    }

    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    public boolean tryAcquire(String client) {
        int limit = quotas.getOrDefault(client, defaultQuota);
        AtomicInteger count = used.computeIfAbsent(client, c -> new AtomicInteger());
        return count.incrementAndGet() <= limit;
    }

    public int remaining(String client) {
        Map<String, Integer> q = quotas;
        Map<String, AtomicInteger> u = used;
        if (q == null || u == null) {
            return 0;
        }
        AtomicInteger count = u.get(client);
        return Math.max(0, q.getOrDefault(client, defaultQuota) - (count == null ? 0 : count.get()));
    }

    /** Replaces all quotas from "client=limit" pairs. */
    public void reload(String spec) {
        quotas = null;
        Map<String, Integer> fresh = new HashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=");
            fresh.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        for (Runnable listener : reloadListeners) {
            listener.run();
        }
        quotas = fresh;
    }

    private void resetWindow() {
        used.values().forEach(c -> c.set(0));
    }

    public Future<?> scheduleReset() {
        return maintenance.submit(this::resetWindow);
    }

    public Future<?> runMaintenance(Runnable job) {
        return maintenance.submit(job);
    }

    public void stop() {
        used = null;
        maintenance.shutdown();
    }

    public static void main(String[] args) throws Exception {
        BA15RateLimiter limiter = new BA15RateLimiter(Map.of("mobile", 2), 5);
        System.out.println("mobile: " + limiter.tryAcquire("mobile") + " " + limiter.tryAcquire("mobile") + " "
                + limiter.tryAcquire("mobile") + ", web remaining " + limiter.remaining("web"));
        limiter.scheduleReset().get();
        System.out.println("after reset mobile remaining " + limiter.remaining("mobile"));
        limiter.onReload(() -> System.out.println("reloaded, web remaining " + limiter.remaining("web")));
        limiter.reload("mobile=10, web=1");
        System.out.println("web: " + limiter.tryAcquire("web") + " " + limiter.tryAcquire("web"));
        CountDownLatch gate = new CountDownLatch(1);
        limiter.runMaintenance(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Future<?> pendingReset = limiter.scheduleReset();
        limiter.stop();
        System.out.println("stopped, remaining " + limiter.remaining("web"));

        BA15RateLimiter partner = new BA15RateLimiter(Map.of(), 1);
        partner.onReload(() -> partner.tryAcquire("batch"));
        expectNpe(38, () -> partner.reload("batch=100"));
        partner.stop();
        gate.countDown();
        expectAsyncNpe(68, pendingReset);
        expectNpe(39, () -> limiter.tryAcquire("web"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA15RateLimiter.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void expectAsyncNpe(int line, Future<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                verify(line, npe);
            } else {
                System.out.println("WRONG " + FILE + ":" + line + " cause " + e.getCause());
                failed++;
            }
        } catch (InterruptedException | TimeoutException e) {
            System.out.println("FAILED " + FILE + ":" + line + " " + e);
            failed++;
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
