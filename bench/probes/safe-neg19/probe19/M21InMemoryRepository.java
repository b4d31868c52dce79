package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Base in-memory repository with a secondary index, specialised for orders. */
public abstract class M21InMemoryRepository<ID, T> {
    private Map<ID, T> store;
    private Map<String, Set<ID>> index;

    protected M21InMemoryRepository() {
        resetStorage();
    }

    protected final void resetStorage() {
        store = new LinkedHashMap<>();
        index = new HashMap<>();
    }

    protected abstract ID idOf(T entity);

    protected abstract String indexKeyOf(T entity);

    protected boolean accepts(T entity) {
        return true;
    }

    public final boolean save(T entity) {
        if (!accepts(entity)) {
            return false;
        }
        ID id = idOf(entity);
        T previous = store.put(id, entity);
        if (previous != null) {
            Set<ID> old = index.get(indexKeyOf(previous));
            if (old != null) {
                old.remove(id);
            }
        }
        index.computeIfAbsent(indexKeyOf(entity), k -> new LinkedHashSet<>()).add(id);
        return true;
    }

    public Optional<T> findById(ID id) {
        return Optional.ofNullable(store.get(id));
    }

    public List<T> findByIndex(String key) {
        List<T> out = new ArrayList<>();
        for (ID id : index.getOrDefault(key, Set.of())) {
            out.add(store.get(id));
        }
        return out;
    }

    public int count() {
        return store.size();
    }

    public void deleteAll() {
        resetStorage();
    }

    public record Order(long id, String customer, double total) {}

    static final class OrderRepository extends M21InMemoryRepository<Long, Order> {
        private final double maxTotal;

        OrderRepository(double maxTotal) {
            super();
            this.maxTotal = maxTotal;
        }

        @Override
        protected Long idOf(Order o) {
            return o.id();
        }

        @Override
        protected String indexKeyOf(Order o) {
            return o.customer();
        }

        @Override
        protected boolean accepts(Order o) {
            return o.total() >= 0 && o.total() <= maxTotal;
        }
    }

    public static void main(String[] args) {
        OrderRepository repo = new OrderRepository(1000);
        System.out.println(repo.count() + " " + repo.findById(1L) + " " + repo.findByIndex("ann"));
        repo.deleteAll();
        System.out.println(repo.save(new Order(1, "ann", 20)) + " " + repo.save(new Order(2, "bob", -5)) + " " + repo.save(new Order(3, "ann", 5000)));
        repo.save(new Order(4, "ann", 99.5));
        repo.save(new Order(1, "carl", 20));
        System.out.println(repo.findByIndex("ann") + " " + repo.findByIndex("carl") + " " + repo.count());
        repo.deleteAll();
        repo.deleteAll();
        System.out.println(repo.count() + " " + repo.findById(4L).isPresent());
        repo.save(new Order(5, "dora", 1));
        System.out.println(repo.findByIndex("dora"));
    }
}
