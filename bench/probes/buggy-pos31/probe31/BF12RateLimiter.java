package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Token-bucket rate limiter with optional per-client limits, idle-bucket
 * sweeping and a strict mode that records violations.
 */
public final class BF12RateLimiter {

    private final int defaultLimit;
    private final long idleMillis;
    private final Map<String, Long> lastSeen = new HashMap<>();
    private Map<String, Integer> tokens;
    private Map<String, Integer> limits;
    private Map<String, Integer> violations;
    private boolean perClient;
    private boolean strict;
    private long clock;

    BF12RateLimiter(int defaultLimit, long idleMillis) {
        this.defaultLimit = defaultLimit;
        this.idleMillis = idleMillis;
        this.tokens = new HashMap<>();
    }

    void configure(Map<String, Integer> clientLimits) {
        limits = new HashMap<>(clientLimits);
        perClient = true;
    }

    /** Switches to per-client limits; the table itself arrives later through configure(). */
    void enablePerClient() {
        perClient = true;
    }

    void enableStrict() {
        violations = new HashMap<>();
        strict = true;
    }

    int limitFor(String client) {
        if (perClient) {
            return limits.getOrDefault(client, defaultLimit);
        }
        return defaultLimit;
    }

    int configuredClients() {
        return limits == null ? 0 : limits.size();
    }

    boolean tryAcquire(String client) {
        Map<String, Integer> buckets = tokens;
        if (buckets == null) {
            buckets = new HashMap<>();
            tokens = buckets;
        }
        lastSeen.put(client, clock);
        int left = buckets.getOrDefault(client, limitFor(client));
        if (left <= 0) {
            if (strict) {
                violations.merge(client, 1, Integer::sum);
            }
            return false;
        }
        buckets.put(client, left - 1);
        return true;
    }

    /** Gives back a permit previously taken by {@code client}. */
    void release(String client) {
        tokens.merge(client, 1, Integer::sum);
    }

    void advance(long millis) {
        clock += millis;
    }

    /** Forgets idle buckets; an empty table is dropped to free memory. */
    void sweep() {
        Map<String, Integer> buckets = tokens;
        if (buckets == null) {
            return;
        }
        buckets.keySet().removeIf(client -> clock - lastSeen.getOrDefault(client, 0L) > idleMillis);
        if (buckets.isEmpty()) {
            tokens = null;
        }
    }

    int violationsOf(String client) {
        return strict ? violations.getOrDefault(client, 0) : 0;
    }

    int trackedClients() {
        return tokens == null ? 0 : tokens.size();
    }

    public static void main(String[] args) {
        BF12RateLimiter limiter = new BF12RateLimiter(2, 100);
        System.out.println("a: " + limiter.tryAcquire("a") + " " + limiter.tryAcquire("a") + " " + limiter.tryAcquire("a"));
        limiter.release("a");
        limiter.enableStrict();
        System.out.println("after release: " + limiter.tryAcquire("a") + " " + limiter.tryAcquire("a")
                + " violations=" + limiter.violationsOf("a"));
        limiter.configure(Map.of("vip", 5));
        System.out.println("vip limit=" + limiter.limitFor("vip") + " other=" + limiter.limitFor("b")
                + " configured=" + limiter.configuredClients());
        limiter.advance(500);
        limiter.sweep();
        System.out.println("after sweep tracked=" + limiter.trackedClients() + " b=" + limiter.tryAcquire("b")
                + " tracked=" + limiter.trackedClients());
        BF12RateLimiter lax = new BF12RateLimiter(1, 10);
        System.out.println("lax violations=" + lax.violationsOf("z") + " configured=" + lax.configuredClients());

        int proved = 0;
        proved += expect(46, () -> {
            BF12RateLimiter l = new BF12RateLimiter(3, 100);
            l.enablePerClient();
            l.tryAcquire("x");
        });
        proved += expect(75, () -> {
            BF12RateLimiter l = new BF12RateLimiter(3, 100);
            l.tryAcquire("a");
            l.advance(1000);
            l.sweep();
            l.release("a");
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF12RateLimiter.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
