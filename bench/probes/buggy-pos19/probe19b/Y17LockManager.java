package probe19b;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/** Re-entrant per-resource locks for a single-threaded job runner; tables allocated lazily. */
public class Y17LockManager {

    private final Set<String> knownResources;
    private IdentityHashMap<Object, Thread> owners;
    private Map<Thread, Integer> holdCounts;

    Y17LockManager(Set<String> knownResources) {
        this.knownResources = knownResources;
    }

    private void checkKnown(Object resource) {
        if (!knownResources.contains(String.valueOf(resource))) {
            throw new IllegalArgumentException("unknown resource " + resource);
        }
    }

    void acquire(Object resource) {
        try {
            checkKnown(resource);
            if (owners == null) {
                owners = new IdentityHashMap<>();
                holdCounts = new WeakHashMap<>();
            }
            owners.put(resource, Thread.currentThread());
            holdCounts.merge(Thread.currentThread(), 1, Integer::sum);
        } catch (IllegalArgumentException e) {
            owners.remove(resource); // BUG
            throw e;
        }
    }

    void release(Object resource) {
        if (owners == null || owners.remove(resource) == null) {
            return;
        }
        holdCounts.computeIfPresent(Thread.currentThread(), (t, n) -> n == 1 ? null : n - 1);
    }

    <T> T withLock(Object resource, Supplier<T> body) {
        acquire(resource);
        try {
            return body.get();
        } finally {
            release(resource);
        }
    }

    /** Called from the worker's own finally block when a job ends. */
    void releaseAll() {
        Thread me = Thread.currentThread();
        try {
            if (owners != null) {
                owners.values().removeIf(t -> t == me);
            }
        } finally {
            holdCounts.remove(me); // BUG
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y17LockManager.java:" + line;
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
        if (top != null && "Y17LockManager.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y17LockManager locks = new Y17LockManager(Set.of("ledger", "inventory"));
        System.out.println(locks.withLock("ledger", () -> "posted"));
        locks.acquire("inventory");
        locks.releaseAll();
        try {
            locks.acquire("payroll");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }

        prove(36, () -> new Y17LockManager(Set.of("ledger")).acquire("payroll"));
        prove(65, () -> new Y17LockManager(Set.of("ledger")).releaseAll());
    }
}
