package probe21;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Database schema catalog with a lazily loaded table cache guarded by a read/write lock.
 * Readers test the field under the read lock; a miss re-checks and creates the map under
 * the write lock; invalidate() nulls it under the write lock.
 */
public final class U15SchemaCatalog {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Function<String, List<String>> loader;
    private Map<String, List<String>> tables;
    private int loads;

    public U15SchemaCatalog(Function<String, List<String>> loader) {
        this.loader = loader;
    }

    public List<String> columns(String table) {
        lock.readLock().lock();
        try {
            if (tables != null) {
                List<String> cached = tables.get(table);
                if (cached != null) {
                    return cached;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (tables == null) {
                tables = new HashMap<>();
            }
            return tables.computeIfAbsent(table, t -> {
                loads++;
                List<String> cols = loader.apply(t);
                return cols == null ? List.of() : List.copyOf(cols);
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void invalidate() {
        lock.writeLock().lock();
        try {
            tables = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Set<String> cachedTables() {
        lock.readLock().lock();
        try {
            return tables == null ? Set.of() : new TreeSet<>(tables.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    public int loads() {
        lock.readLock().lock();
        try {
            return loads;
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) {
        Map<String, List<String>> db = Map.of("users", List.of("id", "name"), "orders", List.of("id", "user_id", "total"));
        U15SchemaCatalog catalog = new U15SchemaCatalog(db::get);
        System.out.println(catalog.cachedTables());
        System.out.println(catalog.columns("users") + " " + catalog.columns("users") + " " + catalog.columns("nope"));
        System.out.println(catalog.cachedTables() + " loads=" + catalog.loads());
        catalog.invalidate();
        System.out.println(catalog.cachedTables());
        System.out.println(catalog.columns("orders") + " loads=" + catalog.loads());
    }
}
