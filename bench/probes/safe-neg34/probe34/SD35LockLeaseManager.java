package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Distributed-lock coordinator; only the holder of the current Lease capability can touch the lock table. */
public class SD35LockLeaseManager {
    public static final class Lease {
        private final long id;

        private Lease(long id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "lease#" + id;
        }
    }

    private Lease current;              // the one live capability, or null
    private Map<String, String> locks;  // resource -> owner; exists exactly while current != null
    private long issued;

    public Lease acquire() {
        if (current != null) {
            throw new IllegalStateException(current + " is still held");
        }
        locks = new HashMap<>();
        current = new Lease(++issued);
        return current;
    }

    private void verify(Lease lease) {
        if (lease == null || lease != current) {
            throw new IllegalStateException("stale or foreign lease " + lease);
        }
    }

    public void lock(Lease lease, String resource, String owner) {
        verify(lease);
        if (locks.putIfAbsent(resource, owner) != null) {
            throw new IllegalStateException(resource + " already locked by " + locks.get(resource));
        }
    }

    public boolean unlock(Lease lease, String resource) {
        verify(lease);
        return locks.remove(resource) != null;
    }

    public String owner(Lease lease, String resource) {
        verify(lease);
        String owner = locks.get(resource);
        if (owner == null) {
            throw new NoSuchElementException(resource + " is not locked");
        }
        return owner;
    }

    public int lockCount(Lease lease) {
        verify(lease);
        return locks.size();
    }

    public void release(Lease lease) {
        verify(lease);
        current = null;
        locks = null;
    }

    public void expire() {
        current = null;
        locks = null;
    }

    public boolean isHeld() {
        return current != null;
    }

    private static void exerciseWithout(SD35LockLeaseManager m, Lease stale) {
        check(!m.isHeld(), "no lease held");
        for (Lease l : new Lease[] {null, stale}) {
            expect(IllegalStateException.class, () -> m.lock(l, "db", "a"));
            expect(IllegalStateException.class, () -> m.unlock(l, "db"));
            expect(IllegalStateException.class, () -> m.owner(l, "db"));
            expect(IllegalStateException.class, () -> m.lockCount(l));
            expect(IllegalStateException.class, () -> m.release(l));
        }
        m.expire();
    }

    public static void main(String[] args) {
        SD35LockLeaseManager manager = new SD35LockLeaseManager();
        exerciseWithout(manager, null);

        Lease first = manager.acquire();
        expect(IllegalStateException.class, manager::acquire);
        manager.lock(first, "db", "worker-1");
        manager.lock(first, "queue", "worker-2");
        expect(IllegalStateException.class, () -> manager.lock(first, "db", "worker-3"));
        check("worker-1".equals(manager.owner(first, "db")) && manager.lockCount(first) == 2, "locks");
        expect(NoSuchElementException.class, () -> manager.owner(first, "cache"));
        check(manager.unlock(first, "queue") && !manager.unlock(first, "queue"), "unlock");
        check(manager.isHeld() && first.toString().equals("lease#1"), "held");
        manager.release(first);

        exerciseWithout(manager, first);
        Lease second = manager.acquire();
        manager.lock(second, "db", "w");
        manager.expire(); // forced expiry by the coordinator
        exerciseWithout(manager, second);
        manager.expire();
        exerciseWithout(manager, second);

        Lease third = manager.acquire();
        check(manager.lockCount(third) == 0 && manager.isHeld(), "fresh table");
        expect(IllegalStateException.class, () -> manager.lock(second, "db", "old holder"));
        manager.lock(third, "db", "w3");
        check("w3".equals(manager.owner(third, "db")) && manager.unlock(third, "db"), "recreated");
        manager.release(third);
        exerciseWithout(manager, third);
        System.out.println("SD35LockLeaseManager ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
