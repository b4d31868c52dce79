package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Hibernate-like session with a first-level cache (identity map). The session is
 * opened and closed repeatedly by a unit-of-work runner; the identity map exists only
 * while it is open. Every operation goes through the private {@link #assertOpen} helper,
 * which throws before any use of the map.
 */
public class SC20OrmSession {

    public record Customer(long id, String name) {
    }

    private final Map<Long, String> database = new HashMap<>();   // the "table"
    private Map<Long, Customer> identityMap;
    private boolean open;
    private int selects;

    public SC20OrmSession() {
        database.put(1L, "Ada");
        database.put(2L, "Grace");
    }

    private void assertOpen(String operation) {
        if (!open) {
            throw new IllegalStateException(operation + ": Session is closed");
        }
    }

    public void open() {
        if (open) {
            throw new IllegalStateException("already open");
        }
        identityMap = new HashMap<>();
        open = true;
    }

    public Customer find(long id) {
        assertOpen("find");
        Customer c = identityMap.get(id);
        if (c == null) {
            String name = database.get(id);
            selects++;
            if (name == null) {
                return null;
            }
            c = new Customer(id, name);
            identityMap.put(id, c);
        }
        return c;
    }

    public void persist(Customer c) {
        assertOpen("persist");
        Objects.requireNonNull(c, "entity");
        identityMap.put(c.id(), c);
    }

    public boolean contains(long id) {
        assertOpen("contains");
        return identityMap.containsKey(id);
    }

    /** Flushes and closes; returns the number of entities written. */
    public int close() {
        assertOpen("close");
        int written = 0;
        for (Customer c : identityMap.values()) {
            if (!c.name().equals(database.put(c.id(), c.name()))) {
                written++;
            }
        }
        identityMap = null;
        open = false;
        return written;
    }

    public int selects() {
        return selects;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void closedPhase(SC20OrmSession s) {
        Runnable[] ops = {() -> s.find(1), () -> s.persist(new Customer(9, "x")), () -> s.contains(1), s::close};
        for (Runnable op : ops) {
            try {
                op.run();
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok
            }
        }
    }

    public static void main(String[] args) {
        SC20OrmSession s = new SC20OrmSession();
        closedPhase(s);

        s.open();
        try {
            s.open();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(s.find(1).name().equals("Ada") && s.find(1) == s.find(1), "identity");
        check(s.find(3) == null && !s.contains(3) && s.contains(1), "missing");
        s.persist(new Customer(3, "Linus"));
        check(s.find(3).name().equals("Linus") && s.selects() == 2, "persisted");
        check(s.close() == 1, "1 written");
        closedPhase(s);

        s.open();
        check(s.find(3).name().equals("Linus"), "from db");
        check(s.close() == 0, "nothing new");
        closedPhase(s);

        s.open();
        s.persist(new Customer(2, "Grace Hopper"));
        check(s.contains(2) && s.find(2).name().equals("Grace Hopper"), "reopened");
        check(s.close() == 1, "update written");
        System.out.println("SC20 ok selects=" + s.selects());
    }
}
