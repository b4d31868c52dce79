package probe21;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Word-count index generic in its map implementation ({@code M extends Map<String,Integer>}).
 * The index is created from the supplier on the first add (a null from the supplier is
 * rejected before assignment) and reset() sets it back to null; readers test it first.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U29TypedIndex<M extends Map<String, Integer>> {

    private final Supplier<? extends M> factory;
    private M index;

    public U29TypedIndex(Supplier<? extends M> factory) {
        if (factory == null) {
            throw new IllegalArgumentException("factory");
        }
        this.factory = factory;
    }

    public void add(String text) {
        if (index == null) {
            M created = factory.get();
            if (created == null) {
                throw new IllegalStateException("map factory returned null");
            }
            index = created;
        }
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                index.merge(word, 1, Integer::sum);
            }
        }
    }

    public int count(String word) {
        return index == null ? 0 : index.getOrDefault(word, 0);
    }

    public <R> R query(Function<? super M, ? extends R> query, R whenEmpty) {
        return index == null ? whenEmpty : query.apply(index);
    }

    public Set<String> words() {
        return index == null ? Set.of() : Set.copyOf(index.keySet());
    }

    public void reset() {
        index = null;
    }

    public static void main(String[] args) {
        U29TypedIndex<TreeMap<String, Integer>> sorted = new U29TypedIndex<>(TreeMap::new);
        System.out.println(sorted.count("a") + " " + sorted.query(TreeMap::firstKey, "<none>") + " " + sorted.words());
        sorted.add("the cat and the hat");
        System.out.println(sorted.count("the") + " " + sorted.query(TreeMap::firstKey, "<none>") + " "
                + sorted.query(m -> m.headMap("d"), null));
        sorted.reset();
        System.out.println(sorted.query(TreeMap::lastKey, "<none>"));

        U29TypedIndex<LinkedHashMap<String, Integer>> ordered = new U29TypedIndex<>(LinkedHashMap::new);
        ordered.add("zeta alpha zeta");
        System.out.println(ordered.query(m -> m.keySet().iterator().next(), "<none>") + " " + ordered.count("zeta"));

        U29TypedIndex<Map<String, Integer>> broken = new U29TypedIndex<>(() -> null);
        try {
            broken.add("x");
        } catch (IllegalStateException expected) {
            System.out.println(expected.getMessage() + " " + broken.count("x"));
        }
    }
}
