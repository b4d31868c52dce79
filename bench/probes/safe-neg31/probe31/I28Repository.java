package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Repository hierarchy: the base class talks to the store on every call; the caching subclass adds
 * an identity map. The base class only touches the map when the (overridden) hook says caching is on.
 */
public final class I28Repository {
    private static class CustomerRepository {
        protected final Map<Long, String> store;
        protected Map<Long, String> identityMap; // stays null unless a caching subclass installs one
        private int storeHits;

        CustomerRepository(Map<Long, String> store) {
            this.store = store;
        }

        protected boolean cachingEnabled() {
            return false;
        }

        public final Optional<String> find(long id) {
            if (cachingEnabled()) {
                String cached = identityMap.get(id);
                if (cached != null) {
                    return Optional.of(cached);
                }
            }
            storeHits++;
            String value = store.get(id);
            if (value != null && cachingEnabled()) {
                identityMap.put(id, value);
            }
            return Optional.ofNullable(value);
        }

        public final void save(long id, String name) {
            store.put(id, name);
            if (cachingEnabled()) {
                identityMap.put(id, name);
            }
        }

        public final int storeHits() {
            return storeHits;
        }
    }

    private static final class CachingCustomerRepository extends CustomerRepository {
        CachingCustomerRepository(Map<Long, String> store) {
            super(store);
            identityMap = new HashMap<>();
        }

        @Override
        protected boolean cachingEnabled() {
            return true;
        }

        public void evict(long id) {
            identityMap.remove(id);
        }

        public int cachedCount() {
            return identityMap.size();
        }
    }

    private I28Repository() {
    }

    public static void main(String[] args) {
        Map<Long, String> db = new TreeMap<>(Map.of(1L, "Ada", 2L, "Linus"));
        CustomerRepository plain = new CustomerRepository(db);
        CachingCustomerRepository cached = new CachingCustomerRepository(db);

        if (!plain.find(1).orElseThrow().equals("Ada") || plain.find(99).isPresent()) throw new AssertionError("plain find");
        plain.find(1);
        if (plain.storeHits() != 3) throw new AssertionError("plain always hits the store");
        plain.save(3, "Grace");

        cached.find(1);
        cached.find(1);
        cached.find(3);
        if (cached.storeHits() != 2 || cached.cachedCount() != 2) throw new AssertionError("cache hits " + cached.storeHits());
        cached.save(4, "Barbara");
        cached.find(4);
        cached.evict(1);
        cached.evict(1);
        cached.find(1);
        if (cached.storeHits() != 3 || cached.find(42).isPresent()) throw new AssertionError("after evict");
        System.out.println("I28 plainHits=" + plain.storeHits() + " cachedHits=" + cached.storeHits() + " cached=" + cached.cachedCount());
    }
}
