package probe19;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Registry of per-service circuit breakers that open after repeated failures. */
public class M24CircuitBreakerRegistry {
    enum BreakerState { CLOSED, OPEN }

    private final int threshold;
    private Map<String, Integer> failures;
    private EnumMap<BreakerState, Set<String>> byState;
    private boolean shutDown;

    public M24CircuitBreakerRegistry(int threshold) {
        this.threshold = threshold;
        failures = new HashMap<>();
        byState = new EnumMap<>(BreakerState.class);
        for (BreakerState s : BreakerState.values()) {
            byState.put(s, new TreeSet<>());
        }
    }

    private void ensureActive() {
        if (shutDown) {
            throw new IllegalStateException("registry shut down");
        }
    }

    private void move(String service, BreakerState to) {
        for (Set<String> members : byState.values()) {
            members.remove(service);
        }
        byState.get(to).add(service);
    }

    public void recordFailure(String service) {
        ensureActive();
        int count = failures.merge(service, 1, Integer::sum);
        move(service, count >= threshold ? BreakerState.OPEN : BreakerState.CLOSED);
    }

    public void recordSuccess(String service) {
        ensureActive();
        failures.remove(service);
        move(service, BreakerState.CLOSED);
    }

    public boolean allows(String service) {
        if (shutDown) {
            return false;
        }
        return !byState.get(BreakerState.OPEN).contains(service);
    }

    public String report() {
        ensureActive();
        return byState + " failures=" + failures;
    }

    public void shutdown() {
        shutDown = true;
        failures = null;
        byState = null;
    }

    public static void main(String[] args) {
        M24CircuitBreakerRegistry registry = new M24CircuitBreakerRegistry(2);
        System.out.println(registry.allows("payments") + " " + registry.report());
        registry.recordFailure("payments");
        registry.recordFailure("search");
        registry.recordFailure("payments");
        System.out.println(registry.allows("payments") + " " + registry.allows("search") + " " + registry.report());
        registry.recordSuccess("payments");
        System.out.println(registry.allows("payments") + " " + registry.report());
        registry.shutdown();
        registry.shutdown();
        System.out.println(registry.allows("search"));
        try {
            registry.recordFailure("search");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        try {
            System.out.println(registry.report());
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
    }
}
