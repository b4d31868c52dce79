package probe30;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Bounded key-value store whose eviction order is chosen at construction time. */
public final class T25EntryStore {
    public enum Ordering { INSERTION, ACCESS, SORTED }

    private final int capacity;
    private final Ordering ordering;
    private Map<String, String> entries; // shape depends on ordering; null once disposed

    public T25EntryStore(Ordering ordering, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.capacity = capacity;
        this.ordering = ordering;
        switch (ordering) {
            case INSERTION -> entries = new LinkedHashMap<>();
            case ACCESS -> entries = new LinkedHashMap<>(16, 0.75f, true);
            case SORTED -> entries = new TreeMap<>();
            default -> throw new IllegalArgumentException("unsupported ordering " + ordering);
        }
    }

    /** Adds an entry, evicting the first entry in the store's own order when over capacity. */
    public void put(String key, String value) {
        if (entries == null) throw new IllegalStateException("store disposed");
        entries.put(key, value);
        if (entries.size() > capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    public Optional<String> get(String key) {
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
    }

    public List<String> keys() {
        return entries == null ? List.of() : List.copyOf(entries.keySet());
    }

    public Ordering ordering() {
        return ordering;
    }

    public boolean isDisposed() {
        return entries == null;
    }

    public void dispose() {
        entries = null;
    }

    public static void main(String[] args) {
        try {
            new T25EntryStore(Ordering.SORTED, 0);
            throw new AssertionError("zero capacity accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        T25EntryStore fifo = new T25EntryStore(Ordering.INSERTION, 2);
        fifo.put("a", "1");
        fifo.put("b", "2");
        assert fifo.get("a").orElseThrow().equals("1");
        fifo.put("c", "3");
        assert fifo.keys().equals(List.of("b", "c")) && fifo.ordering() == Ordering.INSERTION;

        T25EntryStore lru = new T25EntryStore(Ordering.ACCESS, 2);
        lru.put("a", "1");
        lru.put("b", "2");
        lru.get("a"); // touch a, so b is now the eldest
        lru.put("c", "3");
        assert lru.keys().equals(List.of("a", "c")) : lru.keys();

        T25EntryStore sorted = new T25EntryStore(Ordering.SORTED, 2);
        sorted.put("m", "1");
        sorted.put("z", "2");
        sorted.put("q", "3"); // smallest key goes
        assert sorted.keys().equals(List.of("q", "z"));

        for (T25EntryStore store : List.of(fifo, lru, sorted)) {
            assert !store.isDisposed();
            store.dispose();
            assert store.isDisposed() && store.keys().isEmpty() && store.get("z").isEmpty();
            try {
                store.put("x", "y");
                throw new AssertionError("put after dispose");
            } catch (IllegalStateException expected) {
                // disposed
            }
            store.dispose();
        }
        System.out.println("T25 ok");
    }
}
