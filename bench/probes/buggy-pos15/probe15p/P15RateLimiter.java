package probe15p;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class P15RateLimiter {
    private Map<String, Integer> quotaPerMinute;
    private final Map<String, Integer> usedThisMinute = new ConcurrentHashMap<>();
    private final int defaultQuota;

    public P15RateLimiter(String quotaSpec, int defaultQuota) {
        this.defaultQuota = defaultQuota;
        try {
            quotaPerMinute = parseQuotas(quotaSpec);
        } catch (NumberFormatException e) {
            System.err.println("ignoring invalid quota spec '" + quotaSpec + "': " + e.getMessage());
        }
    }

    static Map<String, Integer> parseQuotas(String spec) {
        Map<String, Integer> result = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split(":");
            result.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        return result;
    }

    public boolean allow(String clientId) {
        int limit = quotaPerMinute.getOrDefault(clientId, defaultQuota); // BUG
        int used = usedThisMinute.merge(clientId, 1, Integer::sum);
        return used <= limit;
    }

    public boolean hasCustomQuota(String clientId) {
        return quotaPerMinute.containsKey(clientId); // BUG
    }

    public int used(String clientId) {
        return usedThisMinute.getOrDefault(clientId, 0);
    }

    public void resetWindow() {
        usedThisMinute.clear();
    }

    public static void main(String[] args) {
        P15RateLimiter limiter = new P15RateLimiter("mobile:2, web:100", 10);
        StringBuilder decisions = new StringBuilder();
        for (int i = 0; i < 3; i++) decisions.append(limiter.allow("mobile")).append(' ');
        System.out.println(decisions + "custom=" + limiter.hasCustomQuota("web") + " used=" + limiter.used("mobile"));
        limiter.resetWindow();

        P15RateLimiter misconfigured = new P15RateLimiter("mobile:2, web:lots", 10);
        System.out.println("used=" + misconfigured.used("web"));
        prove(() -> misconfigured.allow("web"));
        prove(() -> misconfigured.hasCustomQuota("mobile"));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
