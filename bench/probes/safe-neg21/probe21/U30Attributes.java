package probe21;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persistent (immutable) attribute set in the style of OpenTelemetry/gRPC attributes. The
 * shared EMPTY instance has a null map; every other instance is built by with()/without()
 * with a non-empty map. Methods test identity with EMPTY ({@code this == EMPTY}) instead of
 * testing the map for null.
 */
public final class U30Attributes {

    public static final U30Attributes EMPTY = new U30Attributes(null);

    private final Map<String, String> values;

    private U30Attributes(Map<String, String> values) {
        this.values = values;
    }

    public static U30Attributes of(String key, String value) {
        return EMPTY.with(key, value);
    }

    public U30Attributes with(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("attribute key and value are required");
        }
        Map<String, String> next = this == EMPTY ? new TreeMap<>() : new TreeMap<>(values);
        next.put(key, value);
        return new U30Attributes(Collections.unmodifiableMap(next));
    }

    public U30Attributes without(String key) {
        if (this == EMPTY || !values.containsKey(key)) {
            return this;
        }
        if (values.size() == 1) {
            return EMPTY;
        }
        Map<String, String> next = new TreeMap<>(values);
        next.remove(key);
        return new U30Attributes(Collections.unmodifiableMap(next));
    }

    public String get(String key) {
        return this == EMPTY ? null : values.get(key);
    }

    public int size() {
        return this == EMPTY ? 0 : values.size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof U30Attributes other) || this == EMPTY || other == EMPTY) {
            return false;
        }
        return values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return this == EMPTY ? 0 : values.hashCode();
    }

    @Override
    public String toString() {
        return this == EMPTY ? "{}" : values.toString();
    }

    public static void main(String[] args) {
        System.out.println(EMPTY + " " + EMPTY.size() + " " + EMPTY.get("k") + " " + EMPTY.without("k") + " " + EMPTY.hashCode());
        U30Attributes a = of("service", "checkout").with("region", "eu");
        U30Attributes b = EMPTY.with("region", "eu").with("service", "checkout");
        System.out.println(a + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(EMPTY) + " " + EMPTY.equals(a));
        U30Attributes c = a.without("service").without("missing");
        System.out.println(c + " " + c.get("region") + " " + (c.without("region") == EMPTY) + " " + EMPTY.equals(EMPTY));
    }
}
