package probe22;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit-style test class for an in-memory repository. The fixture table is built by
 * {@code setUp()} and discarded by {@code tearDown()}; the private test methods use it directly
 * and are only ever invoked by {@code runAll()}, which brackets each of them with setUp/tearDown.
 */
public class W25RepositoryTestFixture {

    /** Test class; a fresh instance runs its tests sequentially on one thread. */
    public static final class UserRepositoryTest {
        private Map<Long, String> table; // exists only while a test runs
        private final List<String> failures = new ArrayList<>();
        private String current = "";

        private void setUp() {
            table = new HashMap<>();
            table.put(1L, "alice");
            table.put(2L, "bob");
        }

        private void tearDown() {
            table = null;
        }

        private void check(boolean condition, String what) {
            if (!condition) {
                failures.add(current + ": " + what);
            }
        }

        private void findsExistingUser() {
            check("alice".equals(table.get(1L)), "user 1 should be alice");
        }

        private void deleteRemovesRow() {
            table.remove(2L);
            check(!table.containsKey(2L), "user 2 should be gone");
            check(table.size() == 1, "one row should remain");
        }

        private void insertAssignsNextId() {
            long next = table.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            table.put(next, "carol");
            check(next == 3L && table.size() == 3, "carol should get id 3");
        }

        private void testsAreIsolated() {
            check(table.size() == 2, "previous tests must not leak rows");
        }

        public Map<String, Boolean> runAll() {
            Map<String, Runnable> tests = new LinkedHashMap<>();
            tests.put("findsExistingUser", this::findsExistingUser);
            tests.put("deleteRemovesRow", this::deleteRemovesRow);
            tests.put("insertAssignsNextId", this::insertAssignsNextId);
            tests.put("testsAreIsolated", this::testsAreIsolated);

            Map<String, Boolean> results = new LinkedHashMap<>();
            for (Map.Entry<String, Runnable> t : tests.entrySet()) {
                current = t.getKey();
                int before = failures.size();
                setUp();
                try {
                    t.getValue().run();
                } finally {
                    tearDown();
                }
                results.put(t.getKey(), failures.size() == before);
            }
            return results;
        }

        public boolean isFixtureActive() {
            return table != null;
        }

        public List<String> failures() {
            return List.copyOf(failures);
        }
    }

    public static void main(String[] args) {
        UserRepositoryTest test = new UserRepositoryTest();
        System.out.println("active before: " + test.isFixtureActive());
        System.out.println(test.runAll());
        System.out.println("active after: " + test.isFixtureActive() + " failures=" + test.failures());
        System.out.println("second run: " + test.runAll());
    }
}
