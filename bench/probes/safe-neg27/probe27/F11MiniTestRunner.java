package probe27;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** JUnit-flavoured runner: failures and timings tables are only allocated when they are needed. */
public final class F11MiniTestRunner {

    /** Checked failure thrown by {@link #check}; the runner catches exactly this type. */
    public static final class AssertionFailure extends Exception {
        private static final long serialVersionUID = 1L;

        public AssertionFailure(String message) { super(message); }
    }

    @FunctionalInterface
    public interface TestBody { void run() throws AssertionFailure; }

    private final Map<String, TestBody> tests = new LinkedHashMap<>();
    private Map<String, String> failures; // null until the first failure of the current run
    private Map<String, Long> timings;    // null unless enableTimings() was called
    private int runs;

    public F11MiniTestRunner test(String name, TestBody body) {
        if (tests.putIfAbsent(name, body) != null) throw new IllegalArgumentException("duplicate test " + name);
        return this;
    }

    public F11MiniTestRunner enableTimings() {
        if (timings == null) timings = new LinkedHashMap<>();
        return this;
    }

    public static void check(boolean condition, String message) throws AssertionFailure {
        if (!condition) throw new AssertionFailure(message);
    }

    public int runAll() {
        failures = null; // forget the previous run
        runs++;
        int passed = 0;
        for (Map.Entry<String, TestBody> e : new LinkedHashMap<>(tests).entrySet()) {
            long start = System.nanoTime();
            try {
                e.getValue().run();
                passed++;
            } catch (AssertionFailure f) {
                recordFailure(e.getKey(), f.getMessage());
            }
            if (timings != null) timings.put(e.getKey(), System.nanoTime() - start);
        }
        return passed;
    }

    private void recordFailure(String test, String message) {
        if (failures == null) failures = new LinkedHashMap<>();
        failures.put(test, message);
    }

    public boolean wasSuccessful() { return failures == null; }

    public String report() {
        if (failures == null) return runs == 0 ? "not run" : "OK (" + tests.size() + " tests)";
        return failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ", "FAILURES: ", ""));
    }

    public Set<String> timedTests() {
        return timings == null ? Set.of() : Collections.unmodifiableSet(timings.keySet());
    }

    public static void main(String[] args) {
        F11MiniTestRunner runner = new F11MiniTestRunner();
        assert runner.report().equals("not run") && runner.wasSuccessful() && runner.timedTests().isEmpty();
        int[] state = {0};
        runner.test("adds", () -> check(1 + 1 == 2, "math is broken"))
              .test("counts", () -> check(++state[0] < 2, "second run fails"));
        assert runner.runAll() == 2 && runner.wasSuccessful();
        assert runner.report().equals("OK (2 tests)") : runner.report();
        assert runner.timedTests().isEmpty();

        runner.enableTimings().enableTimings();
        assert runner.runAll() == 1 && !runner.wasSuccessful();
        assert runner.report().equals("FAILURES: counts: second run fails") : runner.report();
        assert runner.timedTests().equals(Set.of("adds", "counts"));

        state[0] = -10;
        assert runner.runAll() == 2 && runner.wasSuccessful() : "failures are reset per run";

        F11MiniTestRunner nested = new F11MiniTestRunner();
        nested.test("reentrant", () -> check(nested.wasSuccessful(), "sees fresh state"));
        assert nested.runAll() == 1;
        boolean dup = false;
        try { nested.test("reentrant", () -> { }); } catch (IllegalArgumentException expected) { dup = true; }
        assert dup;
        System.out.println("F11 ok");
    }
}
