package probe25;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class L14TokenBucketLimiter {

    static final class Client {
        final String name;

        Client(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String spec;
    private boolean initialized;
    private int capacity;
    private ConcurrentHashMap<String, Integer> buckets;
    private boolean overridesReady;
    private IdentityHashMap<Client, Integer> overrides;
    private long rejected;

    public L14TokenBucketLimiter(String spec) {
        this.spec = spec;
    }

    private void init() {
        initialized = true;
        capacity = Integer.parseInt(spec.trim());
        buckets = new ConcurrentHashMap<>();
    }

    public boolean tryAcquire(String key) {
        if (!initialized) {
            init();
        }
        int left = buckets.computeIfAbsent(key, k -> capacity);
        if (left <= 0) {
            rejected++;
            return false;
        }
        buckets.put(key, left - 1);
        return true;
    }

    public int remaining(String key) {
        if (!initialized) {
            return capacity;
        }
        return buckets.getOrDefault(key, capacity);
    }

    public void override(Client client, int limit) {
        if (!overridesReady) {
            overrides = new IdentityHashMap<>();
            overridesReady = true;
        }
        overrides.put(client, limit);
    }

    public int limitFor(Client client) {
        if (!overridesReady) {
            return capacity;
        }
        return overrides.getOrDefault(client, capacity);
    }

    public void clearOverrides() {
        overridesReady = false;
        overrides = null;
    }

    public void refill() {
        ConcurrentHashMap<String, Integer> b = buckets;
        if (b != null) {
            for (Map.Entry<String, Integer> e : b.entrySet()) {
                e.setValue(capacity);
            }
        }
    }

    public long rejected() {
        return rejected;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L14TokenBucketLimiter.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L14TokenBucketLimiter limiter = new L14TokenBucketLimiter(" 2 ");
        System.out.println("before init remaining=" + limiter.remaining("api"));
        for (int i = 0; i < 4; i++) {
            System.out.print(limiter.tryAcquire("api") + " ");
        }
        System.out.println("remaining=" + limiter.remaining("api") + " rejected=" + limiter.rejected());
        limiter.refill();
        Client vip = new Client("vip");
        System.out.println("vip before=" + limiter.limitFor(vip));
        limiter.override(vip, 50);
        limiter.override(new Client("vip"), 5);
        System.out.println("vip=" + limiter.limitFor(vip) + " remaining=" + limiter.remaining("api"));
        limiter.clearOverrides();
        System.out.println("vip cleared=" + limiter.limitFor(vip));

        L14TokenBucketLimiter misconfigured = new L14TokenBucketLimiter("ten");
        try {
            misconfigured.tryAcquire("api");
        } catch (NumberFormatException e) {
            System.out.println("config rejected: " + e.getMessage());
        }
        misconfigured.refill();

        expectNpe(44, () -> misconfigured.tryAcquire("api"));
        expectNpe(57, () -> misconfigured.remaining("api"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
