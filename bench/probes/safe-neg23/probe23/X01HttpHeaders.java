package probe23;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable set of HTTP headers in the style of OkHttp's {@code Headers}: every change returns a
 * new instance. Instances without any header carry no map at all, so {@code values} is null then.
 */
public final class X01HttpHeaders {

    public static final X01HttpHeaders EMPTY = new X01HttpHeaders(null);

    /** Lower-cased header name to its values in arrival order; null when there are no headers. */
    private final Map<String, List<String>> values;

    private X01HttpHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    public X01HttpHeaders with(String name, String value) {
        Objects.requireNonNull(value, "value");
        String key = key(name);
        Map<String, List<String>> copy =
                values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
        List<String> merged = new ArrayList<>(copy.getOrDefault(key, List.of()));
        merged.add(value);
        copy.put(key, Collections.unmodifiableList(merged));
        return new X01HttpHeaders(copy);
    }

    public X01HttpHeaders without(String name) {
        String key = key(name);
        if (values == null || !values.containsKey(key)) {
            return this;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new X01HttpHeaders(copy);
    }

    /** Returns the last value of the named header, or null if it is absent. */
    public String get(String name) {
        List<String> all = values == null ? null : values.get(key(name));
        return all == null ? null : all.get(all.size() - 1);
    }

    public List<String> values(String name) {
        return values != null ? values.getOrDefault(key(name), List.of()) : List.of();
    }

    public Set<String> names() {
        return values == null ? Set.of() : Collections.unmodifiableSet(values.keySet());
    }

    public int size() {
        int n = 0;
        if (values != null) {
            for (List<String> list : values.values()) {
                n += list.size();
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X01HttpHeaders other && Objects.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(values);
    }

    @Override
    public String toString() {
        if (values == null) {
            return "Headers{}";
        }
        StringBuilder sb = new StringBuilder("Headers{");
        values.forEach((k, list) -> list.forEach(v -> sb.append(k).append(": ").append(v).append("; ")));
        return sb.append('}').toString();
    }

    public static void main(String[] args) {
        X01HttpHeaders h = EMPTY;
        System.out.println(h + " size=" + h.size() + " accept=" + h.get("Accept")
                + " names=" + h.names() + " values=" + h.values("Accept"));
        System.out.println("without on empty is identity: " + (h.without("Accept") == h));

        h = h.with("Accept", "text/html")
             .with("Cache-Control", "no-cache")
             .with("accept", "application/json");
        System.out.println(h + " size=" + h.size() + " accept=" + h.get("ACCEPT")
                + " all=" + h.values("Accept"));

        X01HttpHeaders back = h.without("accept").without("cache-control");
        System.out.println("back to empty: " + (back == EMPTY) + " equals=" + back.equals(EMPTY)
                + " hash=" + back.hashCode() + " size=" + back.size());
        System.out.println("equal copies: " + h.equals(EMPTY.with("Accept", "text/html")
                .with("Cache-Control", "no-cache").with("Accept", "application/json")));
    }
}
