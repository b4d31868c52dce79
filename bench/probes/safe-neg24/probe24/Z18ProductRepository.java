package probe24;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A repository with an optional read-through cache. Whether the cache map exists is not
 * tested directly: the base class asks the overridable {@code isCaching()}, which only
 * the caching subclass (the one subclass that passes a cache map up) overrides.
 */
public class Z18ProductRepository {

    static sealed class Repository permits CachingRepository {
        private final Map<Integer, String> table;
        /** Read-through cache; null for plain repositories. */
        private final ConcurrentHashMap<Integer, String> cache;
        private int tableReads;

        Repository(Map<Integer, String> table) {
            this(table, null);
        }

        protected Repository(Map<Integer, String> table, ConcurrentHashMap<Integer, String> cache) {
            this.table = table;
            this.cache = cache;
        }

        protected boolean isCaching() {
            return false;
        }

        public String find(int id) {
            if (isCaching()) {
                String hit = cache.get(id);
                if (hit != null) {
                    return hit;
                }
            }
            tableReads++;
            String row = table.get(id);
            if (row != null && isCaching()) {
                cache.put(id, row);
            }
            return row;
        }

        public void update(int id, String row) {
            table.put(id, row);
            if (isCaching()) {
                cache.remove(id);
            }
        }

        public int cachedRows() {
            return isCaching() ? cache.size() : 0;
        }
    }

    static final class CachingRepository extends Repository {
        CachingRepository(Map<Integer, String> table) {
            super(table, new ConcurrentHashMap<>());
        }

        @Override
        protected boolean isCaching() {
            return true;
        }
    }

    public static void main(String[] args) {
        Map<Integer, String> products = new ConcurrentHashMap<>(Map.of(1, "kettle", 2, "toaster"));
        for (Repository repo : new Repository[] {new Repository(products), new CachingRepository(products)}) {
            repo.find(1);
            repo.find(1);
            repo.find(3);
            repo.update(1, "kettle v2");
            String again = repo.find(1);
            System.out.println((repo instanceof CachingRepository ? "caching " : "plain ") + again + " reads=" + repo.tableReads
                    + " cached=" + repo.cachedRows());
        }
    }
}
