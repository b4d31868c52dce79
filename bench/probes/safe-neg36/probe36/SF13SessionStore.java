package probe36;

import java.util.HashMap;
import java.util.NoSuchElementException;

/**
 * HTTP session store of a servlet container. The 'started' flag is set and cleared in the same
 * methods that create and drop the session table, and every access is guarded by the flag only.
 */
public final class SF13SessionStore {
    private final long maxIdleMillis;
    private boolean started;
    private HashMap<String, Long> lastAccess; // session id -> last access time; non-null exactly while started
    private int nextId;

    public SF13SessionStore(long maxIdleMillis) {
        if (maxIdleMillis <= 0) {
            throw new IllegalArgumentException("max idle time must be positive");
        }
        this.maxIdleMillis = maxIdleMillis;
    }

    public void start() {
        if (started) {
            throw new IllegalStateException("session store already started");
        }
        lastAccess = new HashMap<>();
        started = true;
    }

    public void stop() {
        if (!started) {
            throw new IllegalStateException("session store not started");
        }
        started = false;
        lastAccess = null;
    }

    public String create(long now) {
        if (!started) {
            throw new IllegalStateException("cannot create sessions while stopped");
        }
        String id = "S" + (++nextId);
        lastAccess.put(id, now);
        return id;
    }

    public void touch(String id, long now) {
        if (!started) {
            throw new IllegalStateException("session store not started");
        }
        Long previous = lastAccess.get(id);
        if (previous == null) {
            throw new NoSuchElementException("unknown session " + id);
        }
        if (now - previous > maxIdleMillis) {
            lastAccess.remove(id);
            throw new NoSuchElementException("session " + id + " expired");
        }
        lastAccess.put(id, now);
    }

    public boolean isValid(String id) {
        return started && lastAccess.containsKey(id);
    }

    public int activeCount() {
        return started ? lastAccess.size() : 0;
    }

    public int expire(long now) {
        if (!started) {
            return 0;
        }
        int before = lastAccess.size();
        lastAccess.values().removeIf(time -> now - time > maxIdleMillis);
        return before - lastAccess.size();
    }

    public static void main(String[] args) {
        SF13SessionStore store = new SF13SessionStore(1_000);
        // Phase 1: never started.
        expect(IllegalStateException.class, () -> store.create(0));
        expect(IllegalStateException.class, () -> store.touch("S1", 0));
        expect(IllegalStateException.class, store::stop);
        check(!store.isValid("S1") && store.activeCount() == 0 && store.expire(0) == 0, "inert before start");
        expect(IllegalArgumentException.class, () -> new SF13SessionStore(0));
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): started.
            store.start();
            expect(IllegalStateException.class, store::start);
            String a = store.create(0);
            String b = store.create(100);
            store.touch(a, 900);
            check(store.isValid(a) && store.isValid(b) && store.activeCount() == 2, "two sessions");
            check(store.expire(1_500) == 1 && !store.isValid(b), "b expired");
            expect(NoSuchElementException.class, () -> store.touch(a, 5_000));
            expect(NoSuchElementException.class, () -> store.touch("nope", 0));
            check(store.activeCount() == 0, "all gone");
            store.create(6_000);
            // Phase 3: stopped (twice over the loop).
            store.stop();
            check(!store.isValid(a), "invalid after stop");
            check(store.activeCount() == 0 && store.expire(10_000) == 0, "inert after stop");
            expect(IllegalStateException.class, () -> store.create(0));
            expect(IllegalStateException.class, () -> store.touch(a, 0));
        }
        store.start();
        check(store.activeCount() == 0, "restart with an empty table");
        check(store.create(0).equals("S7"), "ids keep increasing");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
