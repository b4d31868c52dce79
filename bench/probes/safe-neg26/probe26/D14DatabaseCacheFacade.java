package probe26;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read-through cache in front of a customer DAO. The cache is created by a private accessor
 * on first lookup and dropped by flush(); negative lookups are cached as Optional.empty().
 */
public final class D14DatabaseCacheFacade {

    public record Customer(long id, String name, String tier) {}

    public interface CustomerDao {
        Optional<Customer> loadById(long id);
    }

    private static final class InMemoryDao implements CustomerDao {
        private final Map<Long, Customer> table = new HashMap<>();
        private int queries;

        InMemoryDao() {
            table.put(1L, new Customer(1, "Acme", "gold"));
            table.put(2L, new Customer(2, "Globex", "silver"));
        }

        @Override
        public Optional<Customer> loadById(long id) {
            queries++;
            return Optional.ofNullable(table.get(id));
        }
    }

    private final CustomerDao dao;
    private final int maxEntries;
    private Map<Long, Optional<Customer>> cache; // null until the first lookup and after flush()
    private long hits;
    private long misses;

    public D14DatabaseCacheFacade(CustomerDao dao, int maxEntries) {
        this.dao = dao;
        this.maxEntries = Math.max(1, maxEntries);
    }

    private Map<Long, Optional<Customer>> cache() {
        Map<Long, Optional<Customer>> c = cache;
        if (c == null) {
            c = new HashMap<>();
            cache = c;
        }
        return c;
    }

    public Optional<Customer> find(long id) {
        Map<Long, Optional<Customer>> c = cache();
        Optional<Customer> hit = c.get(id);
        if (hit != null) {
            hits++;
            return hit;
        }
        misses++;
        Optional<Customer> loaded = dao.loadById(id);
        if (c.size() >= maxEntries) {
            c.clear();
        }
        c.put(id, loaded);
        return loaded;
    }

    public Map<Long, String> findNames(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Long id : ids) {
            find(id).ifPresent(cu -> out.put(id, cu.name()));
        }
        return out;
    }

    public boolean evict(long id) {
        if (cache == null) {
            return false;
        }
        return cache.remove(id) != null;
    }

    public void flush() {
        cache = null;
    }

    public int size() {
        return cache == null ? 0 : cache.size();
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " size=" + size();
    }

    public static void main(String[] args) {
        InMemoryDao dao = new InMemoryDao();
        D14DatabaseCacheFacade facade = new D14DatabaseCacheFacade(dao, 2);
        System.out.println(facade.stats() + " evict=" + facade.evict(1));
        facade.flush();
        System.out.println(facade.find(1) + " " + facade.find(1) + " " + facade.find(3) + " " + facade.find(3));
        System.out.println(facade.findNames(java.util.List.of(1L, 2L, 3L)) + " " + facade.stats());
        System.out.println("evict=" + facade.evict(2) + " " + facade.evict(2));
        facade.flush();
        System.out.println(facade.stats() + " dbQueries=" + dao.queries);
        D14DatabaseCacheFacade flushing = new D14DatabaseCacheFacade(id -> Optional.empty(), 10);
        System.out.println(flushing.find(9) + " " + flushing.size());
    }
}
