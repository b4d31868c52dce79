package probe27;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Hibernate-style unit of work: identity map and dirty-checking snapshots live only inside a transaction. */
public final class F07OrmSession {

    public static final class Customer {
        private final long id;
        private String name;

        Customer(long id, String name) { this.id = id; this.name = name; }

        public long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    private record Snapshot(String name, boolean isNew) {}

    private final Map<Long, String> table = new TreeMap<>();    // the "database"
    private Map<Long, Customer> identityMap;                    // only while a transaction is active
    private IdentityHashMap<Customer, Snapshot> snapshots;      // same lifetime as identityMap
    private long nextId = 1;
    private int statements;

    private Map<Long, Customer> requireTx() {
        Map<Long, Customer> im = identityMap;
        if (im == null || snapshots == null) throw new IllegalStateException("no active transaction");
        return im;
    }

    public void begin() {
        if (identityMap != null) throw new IllegalStateException("transaction already active");
        identityMap = new HashMap<>();
        snapshots = new IdentityHashMap<>();
    }

    public boolean isActive() { return identityMap != null; }

    public Optional<Customer> find(long id) {
        Map<Long, Customer> im = requireTx();
        Customer cached = im.get(id);
        if (cached != null) return Optional.of(cached);
        String row = table.get(id);
        if (row == null) return Optional.empty();
        statements++;
        Customer c = new Customer(id, row);
        im.put(id, c);
        snapshots.put(c, new Snapshot(row, false));
        return Optional.of(c);
    }

    public Customer persist(String name) {
        Map<Long, Customer> im = requireTx();
        Customer c = new Customer(nextId++, name);
        im.put(c.getId(), c);
        snapshots.put(c, new Snapshot(name, true));
        return c;
    }

    public int commit() {
        requireTx();
        int writes = 0;
        for (Map.Entry<Customer, Snapshot> e : snapshots.entrySet()) {
            Customer c = e.getKey();
            if (e.getValue().isNew() || !e.getValue().name().equals(c.getName())) {
                table.put(c.getId(), c.getName());
                writes++;
            }
        }
        statements += writes;
        identityMap = null;
        snapshots = null;
        return writes;
    }

    public void rollback() {
        identityMap = null;
        snapshots = null;
    }

    public int cachedEntities() { return identityMap == null ? 0 : identityMap.size(); }

    public int statements() { return statements; }

    public Map<Long, String> dump() { return Collections.unmodifiableMap(table); }

    public static void main(String[] args) {
        F07OrmSession session = new F07OrmSession();
        assert !session.isActive() && session.cachedEntities() == 0;
        boolean refused = false;
        try { session.find(1); } catch (IllegalStateException expected) { refused = true; }
        assert refused;
        boolean commitRefused = false;
        try { session.commit(); } catch (IllegalStateException expected) { commitRefused = true; }
        assert commitRefused;
        session.rollback(); // harmless without a transaction

        session.begin();
        Customer ann = session.persist("Ann");
        Customer bob = session.persist("Bob");
        assert session.cachedEntities() == 2;
        assert session.find(ann.getId()).orElseThrow() == ann;
        assert session.commit() == 2 && !session.isActive();
        assert session.dump().equals(Map.of(1L, "Ann", 2L, "Bob"));

        session.begin();
        Customer loaded = session.find(bob.getId()).orElseThrow();
        assert loaded != bob && session.find(bob.getId()).orElseThrow() == loaded;
        assert session.find(99).isEmpty();
        loaded.setName("Robert");
        session.find(1).orElseThrow(); // loaded but unchanged: not written
        assert session.commit() == 1;
        assert session.dump().get(2L).equals("Robert");

        session.begin();
        session.persist("Temp");
        session.rollback();
        assert session.dump().size() == 2 && session.cachedEntities() == 0;
        boolean twice = false;
        session.begin();
        try { session.begin(); } catch (IllegalStateException expected) { twice = true; }
        assert twice && session.isActive();
        assert session.commit() == 0;
        assert session.statements() == 5 : session.statements();
        System.out.println("F07 ok");
    }
}
