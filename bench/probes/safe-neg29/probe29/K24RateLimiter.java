package probe29;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Per-client request quota enforcement; quotas are supplied by the caller. */
public class K24RateLimiter implements AutoCloseable {

    private ConcurrentHashMap<String, Integer> remaining;
    private final Map<String, Integer> limits;
    private boolean closed;

    public K24RateLimiter(ConcurrentHashMap<String, Integer> quotas) {
        this.remaining = Objects.requireNonNull(quotas, "quotas");
        this.limits = new HashMap<>(quotas);
    }

    public static K24RateLimiter of(Map<String, Integer> quotas) {
        return new K24RateLimiter(new ConcurrentHashMap<>(quotas));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("rate limiter closed");
        }
    }

    public boolean tryAcquire(String client) {
        ensureOpen();
        Integer left = remaining.get(client);
        if (left == null) {
            throw new IllegalArgumentException("unknown client " + client);
        }
        if (left == 0) {
            return false;
        }
        return remaining.replace(client, left, left - 1);
    }

    public int remaining(String client) {
        ensureOpen();
        return remaining.getOrDefault(client, 0);
    }

    public void resetWindow() {
        ensureOpen();
        remaining.putAll(limits);
    }

    public Map<String, Integer> snapshot() {
        return closed ? Map.of() : new TreeMap<>(remaining);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        remaining = null;
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> quotas = new ConcurrentHashMap<>();
        quotas.put("alice", 2);
        quotas.put("bob", 0);
        try (K24RateLimiter rl = new K24RateLimiter(quotas)) {
            System.out.println("snapshot=" + rl.snapshot());
            System.out.println(rl.tryAcquire("alice") + " " + rl.tryAcquire("alice") + " " + rl.tryAcquire("alice")
                    + " bob=" + rl.tryAcquire("bob") + " left=" + rl.remaining("alice") + " ghost=" + rl.remaining("x"));
            try {
                rl.tryAcquire("mallory");
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
            rl.resetWindow();
            System.out.println("after reset=" + rl.snapshot());
        }
        K24RateLimiter other = K24RateLimiter.of(Map.of("svc", 1));
        System.out.println("svc=" + other.tryAcquire("svc") + " closed=" + other.isClosed());
        other.close();
        other.close();
        System.out.println("closed=" + other.isClosed() + " snapshot=" + other.snapshot());
        for (Runnable r : new Runnable[] {() -> other.tryAcquire("svc"), () -> other.remaining("svc"),
            other::resetWindow}) {
            try {
                r.run();
            } catch (IllegalStateException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
        }
    }
}
