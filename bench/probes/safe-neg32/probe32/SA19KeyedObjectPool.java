package probe32;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keyed object pool similar to Apache Commons Pool's GenericKeyedObjectPool. The idle map is
 * released whenever the pool holds no idle objects, so it is null exactly when idleCount == 0;
 * readers test the counter instead of the map.
 */
public class SA19KeyedObjectPool<K extends Comparable<K>, V> {

    private final Function<K, V> factory;
    private Map<K, Deque<V>> idle; // null <=> idleCount == 0
    private int idleCount;
    private int created;

    public SA19KeyedObjectPool(Function<K, V> factory) {
        this.factory = factory;
    }

    public V borrow(K key) {
        if (idleCount == 0) {
            created++;
            return factory.apply(key);
        }
        Deque<V> q = idle.get(key);
        if (q == null || q.isEmpty()) {
            created++;
            return factory.apply(key);
        }
        V v = q.pop();
        if (q.isEmpty()) {
            idle.remove(key);
        }
        if (--idleCount == 0) {
            idle = null;
        }
        return v;
    }

    public void giveBack(K key, V value) {
        if (idleCount == 0) {
            idle = new HashMap<>();
        }
        idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(value);
        idleCount++;
    }

    public int idleFor(K key) {
        if (idleCount == 0) {
            return 0;
        }
        Deque<V> q = idle.get(key);
        return q == null ? 0 : q.size();
    }

    public Set<K> idleKeys() {
        return idleCount == 0 ? Set.of() : new TreeSet<>(idle.keySet());
    }

    public void clear() {
        idle = null;
        idleCount = 0;
    }

    public int idleCount() {
        return idleCount;
    }

    public static void main(String[] args) {
        SA19KeyedObjectPool<String, StringBuilder> pool = new SA19KeyedObjectPool<>(k -> new StringBuilder(k));
        System.out.println("empty: idleFor=" + pool.idleFor("x") + " keys=" + pool.idleKeys());
        StringBuilder a = pool.borrow("alpha");
        StringBuilder b = pool.borrow("beta");
        pool.giveBack("alpha", a);
        pool.giveBack("beta", b);
        pool.giveBack("alpha", new StringBuilder("alpha2"));
        System.out.println("idle=" + pool.idleCount() + " keys=" + pool.idleKeys() + " alpha=" + pool.idleFor("alpha"));
        System.out.println("borrow alpha -> " + pool.borrow("alpha") + ", " + pool.borrow("alpha")
                + ", gamma -> " + pool.borrow("gamma"));
        System.out.println("borrow beta reused=" + (pool.borrow("beta") == b) + " idle=" + pool.idleCount()
                + " keys=" + pool.idleKeys());
        System.out.println("now empty: " + pool.borrow("beta") + " idleFor=" + pool.idleFor("beta"));
        pool.giveBack("delta", new StringBuilder("d"));
        pool.clear();
        pool.clear();
        System.out.println("cleared: idle=" + pool.idleCount() + " keys=" + pool.idleKeys() + " delta=" + pool.idleFor("delta")
                + " borrow=" + pool.borrow("delta") + " created=" + pool.created);
        pool.giveBack("omega", new StringBuilder("o"));
        System.out.println("refilled keys=" + pool.idleKeys());
    }
}
