package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Circuit-breaker registry in the style of Resilience4j / Hystrix: breakers are
 * keyed by name, open after a configurable number of failures, and a listener
 * records state transitions.
 */
public class BC20CircuitBreakerRegistry implements AutoCloseable {

    public enum State { CLOSED, OPEN }

    private Map<String, State> stateByName = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Integer> thresholds = new HashMap<>();
    private Map<String, List<String>> transitions;
    private final TransitionListener listener = new TransitionListener();

    public final class TransitionListener {
        void onTransition(String name, State from, State to) {
            transitions().computeIfAbsent(name, n -> new ArrayList<>()).add(from + "->" + to);
        }

        public int transitionCount(String name) {
            return transitions.getOrDefault(name, List.of()).size();
        }
    }

    private Map<String, List<String>> transitions() {
        if (transitions == null) {
            transitions = new HashMap<>();
        }
        return transitions;
    }

    public BC20CircuitBreakerRegistry configure(Map<String, Integer> perBreaker, int defaultThreshold) {
        for (String name : perBreaker.keySet()) {
            thresholds.put(name, Math.max(1, perBreaker.get(name)));
        }
        thresholds.putIfAbsent("*", defaultThreshold);
        return this;
    }

    public BC20CircuitBreakerRegistry withDefaults(int defaultThreshold) {
        return configure(null, defaultThreshold);
    }

    public BC20CircuitBreakerRegistry withOverrides(Map<String, Integer> perBreaker, int defaultThreshold) {
        return configure(perBreaker != null ? perBreaker : Map.of(), defaultThreshold);
    }

    public State state(String name) {
        return stateByName.getOrDefault(name, State.CLOSED);
    }

    public void recordFailure(String name) {
        Map<String, State> states = stateByName;
        if (states == null) {
            return;
        }
        int n = failures.merge(name, 1, Integer::sum);
        int limit = thresholds.getOrDefault(name, thresholds.getOrDefault("*", 5));
        if (n >= limit && states.put(name, State.OPEN) != State.OPEN) {
            listener.onTransition(name, State.CLOSED, State.OPEN);
        }
    }

    public void recordSuccess(String name) {
        failures.remove(name);
        if (stateByName != null && stateByName.replace(name, State.OPEN, State.CLOSED)) {
            listener.onTransition(name, State.OPEN, State.CLOSED);
        }
    }

    public TransitionListener listener() {
        return listener;
    }

    @Override
    public void close() {
        stateByName = null;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC20CircuitBreakerRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC20CircuitBreakerRegistry.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC20CircuitBreakerRegistry registry = new BC20CircuitBreakerRegistry()
                .withOverrides(Map.of("payments", 2), 3).withOverrides(null, 3);
        registry.recordFailure("payments");
        registry.recordFailure("payments");
        registry.recordFailure("search");
        System.out.println("payments=" + registry.state("payments") + " search=" + registry.state("search")
                + " transitions=" + registry.listener().transitionCount("payments"));
        registry.recordSuccess("payments");
        System.out.println("recovered=" + registry.state("payments") + " transitions="
                + registry.listener().transitionCount("payments"));
        registry.close();
        registry.recordFailure("payments");
        registry.recordSuccess("payments");

        expectNpe("state after close", 58, () -> registry.state("payments"));
        expectNpe("defaults pass null overrides", 42, () -> new BC20CircuitBreakerRegistry().withDefaults(4));
        BC20CircuitBreakerRegistry quiet = new BC20CircuitBreakerRegistry();
        expectNpe("transition count before any transition", 30, () -> quiet.listener().transitionCount("x"));
    }
}
