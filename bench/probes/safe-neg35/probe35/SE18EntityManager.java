package probe35;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Tiny ORM entity manager. Whether a second-level cache is used is fixed at
 * construction by a final flag; the cache map only exists for caching managers that
 * are open. Cache accesses are guarded by the final flag (after the open check).
 */
public class SE18EntityManager {
    private final boolean secondLevelCache;
    private final Map<Long, String> table = new HashMap<>(); // the "database"
    private LinkedHashMap<Long, String> cache; // non-null iff secondLevelCache && open
    private boolean open = true;
    private int databaseReads;

    public SE18EntityManager(boolean secondLevelCache) {
        this.secondLevelCache = secondLevelCache;
        if (secondLevelCache) {
            cache = new LinkedHashMap<>();
        }
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("entity manager is closed");
        }
    }

    public void persist(long id, String entity) {
        ensureOpen();
        table.put(id, entity);
        if (secondLevelCache) {
            cache.put(id, entity);
        }
    }

    public String find(long id) {
        ensureOpen();
        if (secondLevelCache) {
            String cached = cache.get(id);
            if (cached != null) {
                return cached;
            }
        }
        databaseReads++;
        String row = table.get(id);
        if (row == null) {
            throw new NoSuchElementException("no entity " + id);
        }
        if (secondLevelCache) {
            cache.put(id, row);
        }
        return row;
    }

    public int cachedEntities() {
        ensureOpen();
        return secondLevelCache ? cache.size() : 0;
    }

    public void close() {
        open = false;
        cache = null;
    }

    public void reopen() {
        if (open) {
            throw new IllegalStateException("already open");
        }
        if (secondLevelCache) {
            cache = new LinkedHashMap<>();
        }
        open = true;
    }

    public static void main(String[] args) {
        SE18EntityManager plain = new SE18EntityManager(false);
        plain.persist(1, "Order#1");
        check(plain.find(1).equals("Order#1") && plain.find(1).equals("Order#1") && plain.databaseReads == 2, "plain");
        check(plain.cachedEntities() == 0, "no cache");
        expect(NoSuchElementException.class, () -> plain.find(9));

        SE18EntityManager cached = new SE18EntityManager(true);
        cached.persist(1, "Customer#1");
        check(cached.find(1).equals("Customer#1") && cached.databaseReads == 0 && cached.cachedEntities() == 1, "hit");

        for (SE18EntityManager em : new SE18EntityManager[] {plain, cached}) {
            for (int round = 0; round < 2; round++) {
                em.close();
                expect(IllegalStateException.class, () -> em.find(1));
                expect(IllegalStateException.class, () -> em.persist(2, "x"));
                expect(IllegalStateException.class, em::cachedEntities);
            }
            em.reopen();
            expect(IllegalStateException.class, em::reopen);
            check(em.cachedEntities() == 0, "cache empty after reopen");
            int reads = em.databaseReads;
            check(em.find(1).length() > 0 && em.databaseReads == reads + 1, "reloaded from table");
            em.find(1);
            check(em.cachedEntities() == (em.secondLevelCache ? 1 : 0), "cache after reopen");
        }
        System.out.println("SE18EntityManager ok");
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
