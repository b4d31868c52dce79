package probe18;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named retry policies for an HTTP client; each policy carries per-attempt backoff overrides. */
public final class N29RetryPolicyCatalog {

    public record RetryPolicy(String name, int maxAttempts, long defaultDelayMillis, Map<Integer, Long> backoffByAttempt) {
        public RetryPolicy {
            backoffByAttempt = backoffByAttempt == null ? Map.of() : Map.copyOf(backoffByAttempt);
        }

        public long delayFor(int attempt) {
            return backoffByAttempt.getOrDefault(attempt, defaultDelayMillis);
        }

        public RetryPolicy withBackoff(int attempt, long delay) {
            Map<Integer, Long> next = new HashMap<>(backoffByAttempt);
            next.put(attempt, delay);
            return new RetryPolicy(name, maxAttempts, defaultDelayMillis, next);
        }

        public long totalBudget() {
            long sum = 0;
            for (int a = 1; a < maxAttempts; a++) {
                sum += delayFor(a);
            }
            return sum;
        }
    }

    private final Map<String, RetryPolicy> catalog;

    public N29RetryPolicyCatalog() {
        catalog = new LinkedHashMap<>();
        register(new RetryPolicy("none", 1, 0, null));
        register(new RetryPolicy("standard", 3, 200, Map.of(2, 500L)));
    }

    public void register(RetryPolicy policy) {
        catalog.put(policy.name(), policy);
    }

    public RetryPolicy policy(String name) {
        return catalog.getOrDefault(name, catalog.get("none"));
    }

    public static void main(String[] args) {
        N29RetryPolicyCatalog c = new N29RetryPolicyCatalog();
        System.out.println(c.policy("standard").totalBudget() + " " + c.policy("unknown").delayFor(1));
        RetryPolicy aggressive = new RetryPolicy("aggressive", 5, 50, new HashMap<>()).withBackoff(4, 1000);
        c.register(aggressive);
        System.out.println(c.policy("aggressive").totalBudget() + " " + c.policy("aggressive").backoffByAttempt());
        RetryPolicy fromNull = new RetryPolicy("x", 2, 10, null).withBackoff(1, 99);
        System.out.println(fromNull + " budget=" + fromNull.totalBudget());
        System.out.println(new RetryPolicy("y", 0, 0, null).equals(new RetryPolicy("y", 0, 0, Map.of())));
    }
}
