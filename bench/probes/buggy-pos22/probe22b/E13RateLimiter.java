package probe22b;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

/** API gateway rate limiter; per-client limits come from a remote config service. */
public class E13RateLimiter {

    private static final String FILE = "E13RateLimiter.java";

    public interface LimitSource {
        /** Returns the current limits, or null when the config service cannot be reached. */
        Hashtable<String, Integer> fetchLimits();
    }

    private final LimitSource source;
    private final int defaultLimit;
    private Hashtable<String, Integer> limits;
    private final Map<String, Integer> used = new HashMap<>();

    public E13RateLimiter(LimitSource source, int defaultLimit) {
        this.source = source;
        this.defaultLimit = defaultLimit;
        this.limits = source.fetchLimits();
    }

    /** Periodic refresh keeps the last known limits when the service is down. */
    public void refresh() {
        Hashtable<String, Integer> fresh = source.fetchLimits();
        if (fresh != null) {
            limits = fresh;
        }
    }

    public Hashtable<String, Integer> getLimits() {
        return limits;
    }

    public boolean tryAcquire(String client) {
        int limit = limits.getOrDefault(client, defaultLimit); // BUG
        int n = used.merge(client, 1, Integer::sum);
        if (n > limit) {
            used.put(client, limit);
            return false;
        }
        return true;
    }

    public boolean hasCustomLimit(String client) {
        return getLimits().containsKey(client); // BUG
    }

    public int limitFor(String client) {
        Hashtable<String, Integer> current = getLimits();
        return current == null ? defaultLimit : current.getOrDefault(client, defaultLimit);
    }

    public void resetWindow() {
        used.clear();
    }

    public static void main(String[] args) {
        boolean[] online = {true};
        LimitSource remote = () -> {
            if (!online[0]) {
                return null;
            }
            Hashtable<String, Integer> t = new Hashtable<>();
            t.put("mobile-app", 2);
            return t;
        };
        E13RateLimiter limiter = new E13RateLimiter(remote, 5);
        assert limiter.tryAcquire("mobile-app") && limiter.tryAcquire("mobile-app") && !limiter.tryAcquire("mobile-app");
        assert limiter.hasCustomLimit("mobile-app") && !limiter.hasCustomLimit("web");
        online[0] = false;
        limiter.refresh();
        limiter.resetWindow();
        assert limiter.tryAcquire("mobile-app") && limiter.limitFor("web") == 5;
        E13RateLimiter coldStart = new E13RateLimiter(remote, 5);
        assert coldStart.limitFor("mobile-app") == 5;
        coldStart.refresh();

        prove(41, () -> coldStart.tryAcquire("web"));
        prove(51, () -> coldStart.hasCustomLimit("web"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
