package probe18;

import java.util.HashMap;
import java.util.Map;

/** Identity-map base class for a tiny ORM: subclasses supply row loading, the base caches entities. */
public abstract class N18OrmEntityCache<E> {
    private Map<Long, E> identityMap;
    private int loads;

    protected abstract E loadFromStore(long id);

    protected void onCacheCreated() {
    }

    public final E find(long id) {
        Map<Long, E> m = identityMap;
        if (m == null) {
            m = new HashMap<>();
            identityMap = m;
            onCacheCreated();
        }
        return m.computeIfAbsent(id, key -> {
            loads++;
            return loadFromStore(key);
        });
    }

    public final boolean isCached(long id) {
        Map<Long, E> m = identityMap;
        return m != null && m.containsKey(id);
    }

    public final int cachedCount() {
        Map<Long, E> m = identityMap;
        return m == null ? 0 : m.size();
    }

    public final void evict(long id) {
        Map<Long, E> m = identityMap;
        if (m != null) {
            m.remove(id);
        }
    }

    public final void clear() {
        identityMap = null;
    }

    public final int loads() {
        return loads;
    }

    record Customer(long id, String name) {
    }

    static final class CustomerCache extends N18OrmEntityCache<Customer> {
        private int generations;

        @Override
        protected Customer loadFromStore(long id) {
            return new Customer(id, "customer-" + id);
        }

        @Override
        protected void onCacheCreated() {
            generations++;
            if (generations == 1) {
                clear();
            }
        }
    }

    public static void main(String[] args) {
        CustomerCache cache = new CustomerCache();
        System.out.println("empty: " + cache.cachedCount() + " cached(1)=" + cache.isCached(1));
        cache.evict(1);
        System.out.println(cache.find(1));
        System.out.println(cache.find(1) + " count=" + cache.cachedCount() + " loads=" + cache.loads());
        System.out.println(cache.find(2) + " count=" + cache.cachedCount());
        cache.clear();
        cache.evict(2);
        System.out.println(cache.find(3) + " generations=" + cache.generations + " loads=" + cache.loads());
    }
}
