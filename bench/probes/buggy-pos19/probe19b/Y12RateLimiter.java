package probe19b;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed-window rate limiter with a ban list managed through the admin API. */
public class Y12RateLimiter {

    private final int limitPerWindow;
    private ConcurrentMap<String, AtomicInteger> windows;
    private Map<String, Long> bans; // client -> banned until (epoch ms)
    private volatile boolean running;

    Y12RateLimiter(int limitPerWindow) {
        this.limitPerWindow = limitPerWindow;
    }

    void start() {
        windows = new ConcurrentHashMap<>();
        bans = new HashMap<>();
        running = true;
    }

    /** Stops admission; the ban list is kept for the audit export. */
    void stop() {
        running = false;
        windows = null;
    }

    boolean isRunning() {
        return running;
    }

    boolean tryAcquire(String client, long now) {
        if (!isRunning()) {
            return false;
        }
        synchronized (bans) {
            Long until = bans.get(client);
            if (until != null && until > now) {
                return false;
            }
        }
        return windows.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet() <= limitPerWindow;
    }

    void ban(String client, long until) {
        if (bans == null) {
            return;
        }
        synchronized (bans) {
            bans.put(client, until);
        }
    }

    /** Admin API; admins can call it before the limiter was started. */
    boolean unban(String client) {
        synchronized (bans) { // BUG
            return bans.remove(client) != null;
        }
    }

    String stats() {
        if (!isRunning() && bans == null) {
            return "idle";
        }
        return windows.size() + " clients, " + bans.size() + " bans"; // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y12RateLimiter.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y12RateLimiter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y12RateLimiter limiter = new Y12RateLimiter(2);
        System.out.println("before start: " + limiter.stats() + " " + limiter.tryAcquire("a", 0));
        limiter.ban("x", 10);
        limiter.start();
        limiter.ban("mallory", 5_000);
        System.out.println(limiter.tryAcquire("a", 1) + " " + limiter.tryAcquire("a", 2) + " "
                + limiter.tryAcquire("a", 3) + " " + limiter.tryAcquire("mallory", 4) + " " + limiter.stats()
                + " " + limiter.unban("mallory"));

        prove(61, () -> System.out.println(new Y12RateLimiter(5).unban("mallory")));
        prove(70, () -> {
            limiter.stop();
            System.out.println(limiter.stats());
        });
    }
}
