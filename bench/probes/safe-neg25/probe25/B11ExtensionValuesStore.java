package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JUnit Jupiter style hierarchical store. Values are looked up in this store
 * and then in its parents; the map is created on first put and released on close.
 */
public class B11ExtensionValuesStore implements AutoCloseable {
    public interface CloseableResource {
        void close();
    }

    private record CompositeKey(String namespace, Object key) {
    }

    private final B11ExtensionValuesStore parent;
    private final String scope;
    private Map<CompositeKey, Object> values; // null until the first put, and after close()
    private boolean closed;

    public B11ExtensionValuesStore(String scope, B11ExtensionValuesStore parent) {
        this.scope = scope;
        this.parent = parent;
    }

    public Object get(String namespace, Object key) {
        CompositeKey ck = new CompositeKey(namespace, key);
        for (B11ExtensionValuesStore s = this; s != null; s = s.parent) {
            if (s.values != null) {
                Object v = s.values.get(ck);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    public void put(String namespace, Object key, Object value) {
        if (closed) {
            throw new IllegalStateException("store " + scope + " is closed");
        }
        if (values == null) {
            values = new LinkedHashMap<>();
        }
        values.put(new CompositeKey(namespace, key), value);
    }

    public <K, V> V getOrComputeIfAbsent(String namespace, K key, Function<K, V> creator, Class<V> type) {
        Object existing = get(namespace, key);
        if (existing != null) {
            return type.cast(existing);
        }
        V created = creator.apply(key);
        put(namespace, key, created);
        return created;
    }

    public Object remove(String namespace, Object key) {
        if (values == null) {
            return null;
        }
        return values.remove(new CompositeKey(namespace, key));
    }

    public int size() {
        return values == null ? 0 : values.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Map<CompositeKey, Object> toClose = values;
        values = null;
        if (toClose == null) {
            return;
        }
        List<Object> reversed = new ArrayList<>(toClose.values());
        Collections.reverse(reversed);
        for (Object v : reversed) {
            if (v instanceof CloseableResource r) {
                r.close();
            }
        }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        B11ExtensionValuesStore engine = new B11ExtensionValuesStore("engine", null);
        try (B11ExtensionValuesStore method = new B11ExtensionValuesStore("method", engine)) {
            System.out.println(method.get("ns", "db") + " " + method.remove("ns", "db") + " " + method.size());
            engine.put("ns", "config", "prod");
            CloseableResource db = () -> log.add("db closed");
            CloseableResource tmp = () -> log.add("tmp closed");
            Object got = method.getOrComputeIfAbsent("ns", "db", k -> db, CloseableResource.class);
            method.put("ns", "tmp", tmp);
            System.out.println((got == db) + " " + method.get("ns", "config") + " " + method.size()
                    + " " + method.getOrComputeIfAbsent("ns", "db", k -> tmp, CloseableResource.class).equals(db));
            method.remove("ns", "nothing");
        }
        System.out.println(log);
        B11ExtensionValuesStore empty = new B11ExtensionValuesStore("class", engine);
        empty.close();
        empty.close();
        System.out.println(empty.size() + " " + empty.get("ns", "config") + " " + empty.remove("ns", "config"));
        engine.close();
        System.out.println(engine.size() + " " + engine.get("ns", "config"));
    }
}
