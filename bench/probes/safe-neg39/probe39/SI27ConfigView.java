package probe39;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sorted read view over a mutable configuration source, as served by a service's config
 * endpoint. Building the sorted view is costly, so it is cached and tagged with the generation of
 * the source it was built from. Every write bumps {@code sourceGeneration} and {@code view()}
 * rebuilds whenever the tags differ. The view is null exactly when {@code viewGeneration == NONE},
 * and the source generation never takes the value NONE, so equal tags imply a view.
 *
 * <p>This class is single-threaded: the endpoint handles config requests one at a time.
 */
public final class SI27ConfigView {
    private static final long NONE = -1L;

    private final HashMap<String, String> source = new HashMap<>();
    private long sourceGeneration;           // always >= 0; bumped by every write
    private long viewGeneration = NONE;      // generation the view was built from, or NONE
    private SortedMap<String, String> view;  // null iff viewGeneration == NONE
    private int rebuilds;

    private SortedMap<String, String> view() {
        if (viewGeneration != sourceGeneration) {
            view = Collections.unmodifiableSortedMap(new TreeMap<>(source));
            viewGeneration = sourceGeneration;
            rebuilds++;
        }
        return view;
    }

    private void bump() {
        sourceGeneration = sourceGeneration == Long.MAX_VALUE ? 0 : sourceGeneration + 1;
    }

    public void put(String key, String value) {
        requireKey(key);
        if (value == null) {
            throw new IllegalArgumentException("value is null");
        }
        if (!value.equals(source.put(key, value))) {
            bump();
        }
    }

    public boolean remove(String key) {
        requireKey(key);
        boolean removed = source.remove(key) != null;
        if (removed) {
            bump();
        }
        return removed;
    }

    public Optional<String> get(String key) {
        requireKey(key);
        return Optional.ofNullable(view().get(key));
    }

    public List<String> keys(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("prefix is null");
        }
        return new ArrayList<>(view().subMap(prefix, prefix + Character.MAX_VALUE).keySet());
    }

    public Optional<String> firstKey() {
        SortedMap<String, String> v = view();
        return v.isEmpty() ? Optional.empty() : Optional.of(v.firstKey());
    }

    /** Releases the cached view under memory pressure; it is rebuilt on the next read. */
    public void dropView() {
        view = null;
        viewGeneration = NONE;
    }

    public int rebuilds() {
        return rebuilds;
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must be non-empty");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI27ConfigView config = new SI27ConfigView();
        config.dropView();
        check(config.get("a").isEmpty() && config.firstKey().isEmpty() && config.rebuilds() == 1, "empty view");
        check(config.keys("").isEmpty() && config.rebuilds() == 1, "view reused");
        expect(IllegalArgumentException.class, () -> config.put(null, "x"));
        expect(IllegalArgumentException.class, () -> config.put("k", null));
        expect(IllegalArgumentException.class, () -> config.keys(null));
        expect(IllegalArgumentException.class, () -> config.remove(""));

        config.put("http.port", "8080");
        config.put("http.host", "0.0.0.0");
        config.put("db.url", "jdbc:x");
        check(config.keys("http.").equals(List.of("http.host", "http.port")) && config.rebuilds() == 2, "rebuilt");
        config.put("http.port", "8080");
        check(config.get("db.url").orElse("").equals("jdbc:x") && config.rebuilds() == 2, "same value, no bump");
        check(config.remove("db.url") && !config.remove("db.url"), "remove");
        check(config.firstKey().orElse("").equals("http.host") && config.rebuilds() == 3, "rebuilt after remove");

        config.dropView();
        config.dropView();
        check(config.get("http.port").orElse("").equals("8080") && config.rebuilds() == 4, "rebuilt after drop");
        config.dropView();
        config.put("a.b", "1");
        check(config.keys("a.").equals(List.of("a.b")) && config.rebuilds() == 5, "write after drop");
        System.out.println("OK SI27ConfigView");
    }
}
