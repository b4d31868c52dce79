package probe30;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Token-bucket rate limiter for an API gateway: global and per-route buckets, route limits, blocks. */
public final class BE13RateLimiter {

    private static final String FILE = "BE13RateLimiter.java";

    private final int permitsPerSecond;
    private final boolean perRouteBuckets;
    private long globalTokens;
    private Map<String, long[]> perRoute;
    private Map<String, Integer> routeLimits;
    private Map<String, Long> blockedUntil;

    BE13RateLimiter(int permits, boolean perRouteBuckets, String limitsSpec) {
        this.permitsPerSecond = permits;
        this.perRouteBuckets = perRouteBuckets;
        this.globalTokens = permits;
        this.perRoute = perRouteBuckets ? new HashMap<>() : null;
        try {
            this.routeLimits = parseLimits(limitsSpec);
        } catch (NumberFormatException e) {
            System.out.println("ignoring malformed route limits: " + e.getMessage());
        }
        this.blockedUntil = new HashMap<>();
    }

    BE13RateLimiter(int permits) {
        this.permitsPerSecond = permits;
        this.perRouteBuckets = false;
        this.globalTokens = permits;
        this.routeLimits = new HashMap<>();
    }

    private static Map<String, Integer> parseLimits(String spec) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (spec.isEmpty()) {
            return out;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            out.put(kv[0], Integer.parseInt(kv[1]));
        }
        return out;
    }

    int limitFor(String route) {
        return routeLimits.getOrDefault(route, permitsPerSecond);
    }

    boolean tryAcquire(String route, long nowSec) {
        if (isBlocked(route, nowSec)) {
            return false;
        }
        if (!perRouteBuckets) {
            if (globalTokens <= 0) {
                return false;
            }
            globalTokens--;
            return true;
        }
        long[] bucket = perRoute.computeIfAbsent(route, r -> new long[] {limitFor(r), nowSec});
        if (nowSec > bucket[1]) {
            bucket[0] = limitFor(route);
            bucket[1] = nowSec;
        }
        if (bucket[0] <= 0) {
            return false;
        }
        bucket[0]--;
        return true;
    }

    void resetRoute(String route) {
        perRoute.remove(route);
    }

    void block(String route, long untilSec) {
        blockedUntil.put(route, untilSec);
    }

    boolean isBlocked(String route, long nowSec) {
        Map<String, Long> b = blockedUntil;
        if (b == null) {
            return false;
        }
        Long until = b.get(route);
        return until != null && until > nowSec;
    }

    public static void main(String[] args) {
        BE13RateLimiter gateway = new BE13RateLimiter(5, true, "/login=1,/search=3");
        boolean first = gateway.tryAcquire("/login", 0L);
        boolean second = gateway.tryAcquire("/login", 0L);
        gateway.resetRoute("/login");
        gateway.block("/admin", 10L);
        System.out.println(first + " " + second + " after reset=" + gateway.tryAcquire("/login", 0L)
                + " admin=" + gateway.tryAcquire("/admin", 5L) + " search limit=" + gateway.limitFor("/search"));
        BE13RateLimiter global = new BE13RateLimiter(1, false, "");
        System.out.println("global " + global.tryAcquire("/a", 0L) + " " + global.tryAcquire("/b", 0L));
        BE13RateLimiter simple = new BE13RateLimiter(2);
        System.out.println("simple " + simple.tryAcquire("/x", 0L) + " limit=" + simple.limitFor("/x"));

        try {
            BE13RateLimiter typo = new BE13RateLimiter(5, true, "/login=one");
            typo.tryAcquire("/login", 0L);
            miss(52);
        } catch (NullPointerException e) {
            expect(e, 52);
        }
        try {
            global.resetRoute("/a");
            miss(79);
        } catch (NullPointerException e) {
            expect(e, 79);
        }
        try {
            simple.block("/x", 60L);
            miss(83);
        } catch (NullPointerException e) {
            expect(e, 83);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
