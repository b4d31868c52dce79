package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Generic, ordered registry (used for versioned schemas, feature flags, ...); storage is lazy. */
public final class I31GenericRegistry {
    public static final class Registry<K extends Comparable<K>, V> {
        private NavigableMap<K, V> entries; // null until first register(), and after clear()

        public Registry<K, V> register(K key, V value) {
            if (key == null) {
                throw new IllegalArgumentException("key is required");
            }
            if (entries == null) {
                entries = new TreeMap<>();
            }
            entries.put(key, value);
            return this;
        }

        public Optional<V> lookup(K key) {
            if (entries == null || key == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(entries.get(key));
        }

        public List<V> range(K from, K to) {
            if (from == null || to == null || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("invalid range " + from + ".." + to);
            }
            if (entries == null) {
                return List.of();
            }
            return new ArrayList<>(entries.subMap(from, true, to, true).values());
        }

        public <R> List<R> mapValues(Function<? super V, ? extends R> fn) {
            List<R> out = new ArrayList<>();
            if (entries != null) {
                for (V v : new ArrayList<>(entries.values())) { // fn may mutate the registry
                    out.add(fn.apply(v));
                }
            }
            return out;
        }

        public Optional<K> latest() {
            return entries == null || entries.isEmpty() ? Optional.empty() : Optional.of(entries.lastKey());
        }

        public int size() {
            return entries == null ? 0 : entries.size();
        }

        public void clear() {
            entries = null;
        }
    }

    private I31GenericRegistry() {
    }

    public static void main(String[] args) {
        Registry<Integer, String> schemas = new Registry<>();
        if (schemas.lookup(1).isPresent() || schemas.size() != 0 || schemas.latest().isPresent()) throw new AssertionError("empty");
        if (!schemas.range(1, 5).isEmpty() || !schemas.mapValues(String::length).isEmpty()) throw new AssertionError("empty range");
        schemas.clear();
        schemas.register(1, "id:int").register(2, "id:int,name:str").register(5, "id:long,name:str,email:str");
        if (!schemas.lookup(2).orElseThrow().contains("name") || schemas.lookup(null).isPresent()) throw new AssertionError("lookup");
        if (schemas.range(2, 4).size() != 1 || schemas.latest().orElseThrow() != 5) throw new AssertionError("range/latest");
        List<Integer> widths = schemas.mapValues(s -> s.split(",").length);
        if (!widths.equals(List.of(1, 2, 3))) throw new AssertionError("mapValues " + widths);
        try {
            schemas.range(5, 1);
            throw new AssertionError("inverted range");
        } catch (IllegalArgumentException expected) {
            // rejected before touching the map
        }
        try {
            schemas.register(null, "x");
            throw new AssertionError("null key");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        schemas.clear();
        schemas.clear();
        Registry<String, Boolean> flags = new Registry<String, Boolean>().register("dark-mode", true);
        System.out.println("I31 schemas=" + schemas.size() + " dark-mode=" + flags.lookup("dark-mode").orElse(false));
    }
}
