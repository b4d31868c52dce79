package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A small xUnit-style fixture runner. Per-test resources exist only between setUp and tearDown;
 * accessors are guarded by the "current test" marker that is set and cleared together with them.
 */
public final class I22TestFixture {
    public interface TestBody {
        boolean run(I22TestFixture fixture);
    }

    /** Template for tests that need a seeded resource before the check runs. */
    public abstract static class SeededTest implements TestBody {
        @Override
        public final boolean run(I22TestFixture fixture) {
            seed(fixture);
            return check(fixture);
        }

        protected abstract void seed(I22TestFixture fixture);

        protected abstract boolean check(I22TestFixture fixture);
    }

    private HashMap<String, Object> resources; // non-null iff currentTest != null
    private String currentTest;
    private final List<String> passed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    public boolean runTest(String name, TestBody body) {
        if (name == null || body == null) {
            throw new IllegalArgumentException("test needs a name and a body");
        }
        if (currentTest != null) {
            throw new IllegalStateException("cannot start " + name + " inside " + currentTest);
        }
        resources = new HashMap<>();
        currentTest = name;
        try {
            setUp();
            boolean ok = body.run(this);
            (ok ? passed : failed).add(name);
            return ok;
        } finally {
            tearDown();
        }
    }

    private void setUp() {
        resources.put("clock", 1_000L);
        resources.put("tmpDir", "/tmp/fixture-" + currentTest);
    }

    private void tearDown() {
        currentTest = null;
        resources = null;
    }

    private void requireInTest() {
        if (currentTest == null) {
            throw new IllegalStateException("no test is running");
        }
    }

    public void provide(String key, Object value) {
        requireInTest();
        resources.put(key, value);
    }

    public <T> T resource(String key, Class<T> type) {
        requireInTest();
        if (key == null || type == null) {
            throw new IllegalArgumentException("key and type are required");
        }
        Object value = resources.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " resource named " + key);
        }
        return type.cast(value);
    }

    public boolean inTest() {
        return currentTest != null;
    }

    public String report() {
        return "passed=" + passed + " failed=" + failed;
    }

    public static void main(String[] args) {
        I22TestFixture fx = new I22TestFixture();
        try {
            fx.provide("db", "h2");
            throw new AssertionError("provide outside test");
        } catch (IllegalStateException expected) {
            // no test running
        }
        try {
            fx.resource("clock", Long.class);
            throw new AssertionError("resource outside test");
        } catch (IllegalStateException expected) {
            // no test running
        }
        boolean ok = fx.runTest("clockIsSeeded", f -> f.resource("clock", Long.class) == 1_000L && f.inTest());
        boolean seeded = fx.runTest("repositoryRoundTrip", new SeededTest() {
            @Override
            protected void seed(I22TestFixture f) {
                f.provide("repo", new ArrayList<>(List.of("row1")));
            }

            @Override
            protected boolean check(I22TestFixture f) {
                return f.resource("repo", List.class).size() == 1;
            }
        });
        boolean nested = fx.runTest("noNesting", f -> {
            try {
                f.runTest("inner", g -> true);
                return false;
            } catch (IllegalStateException expected) {
                return f.inTest(); // outer test still active and its resources intact
            }
        });
        boolean missing = fx.runTest("missingResource", f -> {
            try {
                f.resource("nope", String.class);
                return true;
            } catch (IllegalArgumentException expected) {
                return false;
            }
        });
        if (!ok || !seeded || !nested || missing || fx.inTest()) throw new AssertionError(fx.report());
        System.out.println("I22 " + fx.report());
    }
}
