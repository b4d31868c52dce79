package probe36;

import java.util.HashMap;
import java.util.NoSuchElementException;

/**
 * First-level cache ("identity map") of an ORM session: one managed instance per id per unit of work.
 * Every read uses a conditional expression on the field.
 */
public final class SF04IdentityMap {
    private HashMap<Long, String> managed; // exists only between begin() and end()
    private int unitsOfWork;

    public void begin() {
        if (isActive()) {
            throw new IllegalStateException("unit of work already active");
        }
        managed = new HashMap<>();
        unitsOfWork++;
    }

    public boolean isActive() {
        return managed != null;
    }

    public void end() {
        if (!isActive()) {
            throw new IllegalStateException("no active unit of work");
        }
        managed = null;
    }

    private static HashMap<Long, String> inactive(String operation) {
        throw new IllegalStateException(operation + " requires an active unit of work");
    }

    public void attach(long id, String entity) {
        HashMap<Long, String> map = managed != null ? managed : inactive("attach");
        String existing = map.putIfAbsent(id, entity);
        if (existing != null && !existing.equals(entity)) {
            throw new IllegalArgumentException("another instance with id " + id + " is already managed");
        }
    }

    public String find(long id) {
        return managed == null ? null : managed.get(id);
    }

    public boolean contains(long id) {
        return managed == null ? false : managed.containsKey(id);
    }

    public int size() {
        return managed == null ? 0 : managed.size();
    }

    public String detach(long id) {
        String removed = managed == null ? null : managed.remove(id);
        if (removed == null) {
            throw new NoSuchElementException("entity " + id + " is not managed");
        }
        return removed;
    }

    public int unitsOfWork() {
        return unitsOfWork;
    }

    public static void main(String[] args) {
        SF04IdentityMap session = new SF04IdentityMap();
        // Phase 1: no unit of work yet.
        check(session.find(1L) == null, "nothing found before begin");
        check(!session.contains(1L), "nothing contained before begin");
        check(session.size() == 0, "size 0 before begin");
        expect(IllegalStateException.class, () -> session.attach(1L, "Order#1"));
        expect(NoSuchElementException.class, () -> session.detach(1L));
        expect(IllegalStateException.class, session::end);
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (and 4 on the second pass): active unit of work.
            session.begin();
            expect(IllegalStateException.class, session::begin);
            session.attach(1L, "Order#1");
            session.attach(1L, "Order#1");
            expect(IllegalArgumentException.class, () -> session.attach(1L, "Order#1'"));
            session.attach(2L, "Order#2");
            check("Order#1".equals(session.find(1L)), "find managed");
            check(session.contains(2L) && session.size() == 2, "two managed");
            check("Order#2".equals(session.detach(2L)), "detach returns instance");
            expect(NoSuchElementException.class, () -> session.detach(2L));
            // Phase 3: ended (happens twice over the loop).
            session.end();
            check(session.find(1L) == null, "find after end");
            check(!session.contains(1L), "contains after end");
            check(session.size() == 0, "size after end");
            expect(IllegalStateException.class, () -> session.attach(3L, "Order#3"));
            expect(NoSuchElementException.class, () -> session.detach(1L));
        }
        session.begin();
        check(session.size() == 0, "new unit of work starts empty");
        check(session.unitsOfWork() == 3, "three units of work");
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
