package probe37;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * ORM unit of work. The identity map and the transaction id are sibling fields that are always
 * assigned together (map first when starting, id first when ending); methods test the id only.
 */
public class SG15OrmSession {

    static final class Customer {
        final long id;
        private String name;
        private boolean dirty;

        Customer(long id, String name) {
            this.id = id;
            this.name = name;
        }

        void rename(String newName) {
            this.name = newName;
            this.dirty = true;
        }

        String name() {
            return name;
        }
    }

    static final class Session {
        private final Map<Long, String> table; // the "database"
        private String transactionId;            // non-null exactly when identityMap != null
        private HashMap<Long, Customer> identityMap;
        private int txCounter;

        Session(Map<Long, String> table) {
            if (table == null) {
                throw new IllegalArgumentException("backing table required");
            }
            this.table = table;
        }

        public String begin() {
            if (transactionId != null) {
                throw new IllegalStateException("transaction " + transactionId + " still active");
            }
            identityMap = new HashMap<>();
            transactionId = "tx-" + (++txCounter);
            return transactionId;
        }

        public Customer find(long id) {
            if (transactionId == null) {
                throw new IllegalStateException("no active transaction");
            }
            Customer cached = identityMap.get(id);
            if (cached != null) {
                return cached;
            }
            String name = table.get(id);
            if (name == null) {
                throw new NoSuchElementException("no customer " + id);
            }
            Customer loaded = new Customer(id, name);
            identityMap.put(id, loaded);
            return loaded;
        }

        public int managedCount() {
            return transactionId == null ? 0 : identityMap.size();
        }

        /** Writes dirty entities back and ends the transaction; returns the number written. */
        public int commit() {
            if (transactionId == null) {
                throw new IllegalStateException("nothing to commit");
            }
            int written = 0;
            for (Customer c : identityMap.values()) {
                if (c.dirty) {
                    table.put(c.id, c.name);
                    c.dirty = false;
                    written++;
                }
            }
            transactionId = null;
            identityMap = null;
            return written;
        }

        /** Discards managed entities; rolling back twice is harmless. */
        public void rollback() {
            transactionId = null;
            identityMap = null;
        }
    }

    public static void main(String[] args) {
        Map<Long, String> db = new HashMap<>(Map.of(1L, "Ada", 2L, "Grace"));
        expect(IllegalArgumentException.class, () -> new Session(null));
        Session session = new Session(db);

        // Phase 1: before the map exists.
        check(session.managedCount() == 0, "nothing managed");
        expect(IllegalStateException.class, () -> session.find(1));
        expect(IllegalStateException.class, session::commit);

        // Phase 2: while it exists.
        check(session.begin().equals("tx-1"), "first tx");
        expect(IllegalStateException.class, session::begin);
        Customer ada = session.find(1);
        check(session.find(1) == ada, "identity preserved");
        expect(NoSuchElementException.class, () -> session.find(3));
        ada.rename("Ada Lovelace");
        session.find(2);
        check(session.managedCount() == 2 && session.commit() == 1, "one dirty entity written");
        check(db.get(1L).equals("Ada Lovelace"), "written through");

        // Phase 3: after it has been dropped (twice).
        session.rollback();
        session.rollback();
        check(session.managedCount() == 0, "dropped");
        expect(IllegalStateException.class, session::commit);
        expect(IllegalStateException.class, () -> session.find(2));

        // Phase 4: after it has been created again.
        check(session.begin().equals("tx-2"), "second tx");
        Customer again = session.find(1);
        check(again != ada && again.name().equals("Ada Lovelace"), "new identity map");
        again.rename("Countess");
        session.rollback();
        check(db.get(1L).equals("Ada Lovelace"), "rollback discarded change");
        System.out.println("SG15OrmSession ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
