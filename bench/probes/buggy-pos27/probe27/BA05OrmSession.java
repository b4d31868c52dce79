package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit-of-work session over a simulated table, with an identity map, dirty tracking and a
 * query-result cache, following the shape of JPA/Hibernate sessions.
 */
public class BA05OrmSession {
    record EntityKey(Class<?> type, Object id) {
    }

    static final class Customer {
        final long id;
        String name;

        Customer(long id, String name) {
            this.id = id;
            this.name = name;
        }

        @Override
        public String toString() {
            return "Customer#" + id + "(" + name + ")";
        }
    }

    private final Map<Long, Customer> table;
    private Map<EntityKey, Object> identityMap;
    private Map<EntityKey, Object> dirty = new LinkedHashMap<>();
    private Map<String, List<Object>> queryCache;

    BA05OrmSession(Map<Long, Customer> table) {
        this.table = table;
    }

    public void begin() {
        identityMap = new HashMap<>();
    }

    public <T> T find(Class<T> type, long id) {
        EntityKey key = new EntityKey(type, id);
        Object cached = identityMap.get(key);
        if (cached != null) {
            return type.cast(cached);
        }
        Customer row = table.get(id);
        if (row == null) {
            return null;
        }
        identityMap.put(key, row);
        return type.cast(row);
    }

    public boolean contains(Class<?> type, long id) {
        return identityMap != null && identityMap.containsKey(new EntityKey(type, id));
    }

    public void markDirty(Customer customer) {
        if (dirty == null) {
            dirty = new LinkedHashMap<>();
        }
        dirty.put(new EntityKey(Customer.class, customer.id), customer);
    }

    public int flush() {
        int written = 0;
        for (Map.Entry<EntityKey, Object> e : dirty.entrySet()) {
            Customer c = (Customer) e.getValue();
            table.put(c.id, c);
            written++;
        }
        dirty.clear();
        return written;
    }

    /** Detaches all managed entities. */
    public void clear() {
        if (identityMap != null) {
            identityMap.clear();
        }
        dirty = null;
        queryCache = null;
    }

    private Map<String, List<Object>> queryCache() {
        if (queryCache == null) {
            queryCache = new HashMap<>();
        }
        return queryCache;
    }

    public List<Object> query(String hql) {
        return queryCache().computeIfAbsent(hql, q -> new ArrayList<>(table.values()));
    }

    public int cachedQueries() {
        return queryCache == null ? 0 : queryCache.size();
    }

    public void evictQueries(String prefix) {
        queryCache.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public static void main(String[] args) {
        Map<Long, Customer> table = new HashMap<>();
        table.put(1L, new Customer(1, "Ada"));
        table.put(2L, new Customer(2, "Linus"));
        BA05OrmSession session = new BA05OrmSession(table);
        session.begin();
        Customer ada = session.find(Customer.class, 1);
        ada.name = "Ada L.";
        session.markDirty(ada);
        System.out.println("flushed " + session.flush() + ", managed=" + session.contains(Customer.class, 1));
        System.out.println("query rows " + session.query("from Customer").size());
        session.evictQueries("from");
        System.out.println("cached queries " + session.cachedQueries());
        session.clear();
        session.markDirty(table.get(2L));
        System.out.println("flushed after clear+mark " + session.flush() + ", managed=" + session.contains(Customer.class, 1));

        expectNpe(47, () -> new BA05OrmSession(table).find(Customer.class, 2));
        BA05OrmSession cleared = new BA05OrmSession(table);
        cleared.begin();
        cleared.clear();
        expectNpe(72, () -> cleared.flush());
        expectNpe(106, () -> new BA05OrmSession(table).evictQueries("from"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA05OrmSession.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
