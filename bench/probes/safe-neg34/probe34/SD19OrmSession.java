package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Unit-of-work ORM session; the identity map is assigned and cleared together with the transaction. */
public class SD19OrmSession {
    private static final class Transaction {
        final int id;
        int writes;

        Transaction(int id) {
            this.id = id;
        }
    }

    private static final class Row {
        final long id;
        String name;
        boolean dirty;

        Row(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Map<Long, String> database = new HashMap<>();
    private Transaction tx;                 // non-null while a transaction is active
    private Map<Long, Row> identityMap;     // always assigned and cleared in the same statements as tx
    private int txCounter;

    public SD19OrmSession(Map<Long, String> seed) {
        database.putAll(seed);
    }

    public void begin() {
        if (tx != null) {
            throw new IllegalStateException("transaction " + tx.id + " already active");
        }
        tx = new Transaction(++txCounter);
        identityMap = new HashMap<>();
    }

    public String find(long id) {
        if (tx == null) {
            throw new IllegalStateException("no active transaction");
        }
        Row row = identityMap.get(id);
        if (row == null) {
            String stored = database.get(id);
            if (stored == null) {
                return null;
            }
            row = new Row(id, stored);
            identityMap.put(id, row);
        }
        return row.name;
    }

    public void update(long id, String name) {
        if (find(id) == null) {
            throw new NoSuchElementException("no entity " + id);
        }
        Row row = identityMap.get(id);
        row.name = name;
        row.dirty = true;
        tx.writes++;
    }

    public int commit() {
        if (tx == null) {
            throw new IllegalStateException("nothing to commit");
        }
        for (Row row : identityMap.values()) {
            if (row.dirty) {
                database.put(row.id, row.name);
            }
        }
        int writes = tx.writes;
        tx = null;
        identityMap = null;
        return writes;
    }

    public void rollback() {
        tx = null;
        identityMap = null;
    }

    public int managedCount() {
        return tx == null ? 0 : identityMap.size();
    }

    public boolean inTransaction() {
        return tx != null;
    }

    private static void exerciseIdle(SD19OrmSession s) {
        check(!s.inTransaction() && s.managedCount() == 0, "idle");
        expect(IllegalStateException.class, () -> s.find(1L));
        expect(IllegalStateException.class, () -> s.update(1L, "x"));
        expect(IllegalStateException.class, s::commit);
        s.rollback();
    }

    public static void main(String[] args) {
        SD19OrmSession session = new SD19OrmSession(Map.of(1L, "alice", 2L, "bob"));
        exerciseIdle(session);

        session.begin();
        expect(IllegalStateException.class, session::begin);
        check("alice".equals(session.find(1L)) && session.find(9L) == null, "find");
        session.update(2L, "robert");
        check("robert".equals(session.find(2L)) && session.managedCount() == 2, "identity map");
        expect(NoSuchElementException.class, () -> session.update(9L, "ghost"));
        check(session.inTransaction() && session.commit() == 1, "one write committed");

        exerciseIdle(session);
        session.begin();
        session.update(1L, "alicia");
        session.rollback();
        exerciseIdle(session);
        session.rollback();
        exerciseIdle(session);

        session.begin();
        check("robert".equals(session.find(2L)), "committed value visible");
        check("alice".equals(session.find(1L)), "rolled back value not visible");
        check(session.managedCount() == 2 && session.inTransaction(), "managed after restart");
        session.update(1L, "al");
        expect(NoSuchElementException.class, () -> session.update(7L, "x"));
        check(session.commit() == 1, "commit after restart");
        session.begin();
        check("al".equals(session.find(1L)), "second commit visible");
        session.rollback();
        exerciseIdle(session);
        System.out.println("SD19OrmSession ok");
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
