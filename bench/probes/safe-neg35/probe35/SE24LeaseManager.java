package probe35;

import java.util.HashMap;
import java.util.Map;

/**
 * Lock service of a distributed job runner. Callers obtain a Lease capability; the
 * lock table exists exactly as long as the current lease. Every operation demands
 * the caller's lease and compares it by identity with the live one.
 */
public class SE24LeaseManager {
    public static final class Lease {
        private final long id;

        private Lease(long id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "lease-" + id;
        }
    }

    private Lease current;             // the one live lease, or null
    private Map<String, String> locks; // created with current, dropped with it
    private long sequence;

    public Lease acquire() {
        if (current != null) {
            throw new IllegalStateException(current + " is still held");
        }
        locks = new HashMap<>();
        current = new Lease(++sequence);
        return current;
    }

    private void verify(Lease lease) {
        if (lease == null || lease != current) {
            throw new IllegalStateException("stale or foreign lease " + lease);
        }
    }

    public boolean lock(Lease lease, String resource, String owner) {
        verify(lease);
        return locks.putIfAbsent(resource, owner) == null;
    }

    public String holder(Lease lease, String resource) {
        verify(lease);
        return locks.getOrDefault(resource, "");
    }

    public int lockCount(Lease lease) {
        verify(lease);
        return locks.size();
    }

    public void release(Lease lease) {
        verify(lease);
        locks = null;
        current = null;
    }

    public static void main(String[] args) {
        SE24LeaseManager manager = new SE24LeaseManager();
        expect(IllegalStateException.class, () -> manager.lockCount(null));
        expect(IllegalStateException.class, () -> manager.release(null));

        Lease first = manager.acquire();
        expect(IllegalStateException.class, manager::acquire);
        check(manager.lock(first, "db-migration", "node-a") && !manager.lock(first, "db-migration", "node-b"), "lock");
        check(manager.holder(first, "db-migration").equals("node-a") && manager.lockCount(first) == 1, "holder");
        manager.release(first);

        Lease stale = first;
        for (int round = 0; round < 2; round++) {
            expect(IllegalStateException.class, () -> manager.lock(stale, "x", "y"));
            expect(IllegalStateException.class, () -> manager.holder(stale, "db-migration"));
            expect(IllegalStateException.class, () -> manager.release(stale));
        }

        Lease second = manager.acquire();
        check(manager.lockCount(second) == 0 && manager.holder(second, "db-migration").isEmpty(), "fresh table");
        expect(IllegalStateException.class, () -> manager.lockCount(stale));
        check(manager.lock(second, "report", "node-c") && manager.lockCount(second) == 1, "second lease");
        manager.release(second);
        expect(IllegalStateException.class, () -> manager.release(second));
        System.out.println("SE24LeaseManager ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
