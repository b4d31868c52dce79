package probe23;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mutable tag set for a meter id, filled from key/value varargs as in Micrometer's
 * {@code Tags.of("method", "GET", "status", "200")}. Calls with no tags allocate nothing.
 * Not thread-safe.
 */
public final class X22MeterTags {

    private TreeMap<String, String> tags;

    public X22MeterTags and(String... keyValues) {
        if (keyValues == null || keyValues.length == 0) {
            return this;
        }
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("size must be even, it is a set of key=value pairs");
        }
        for (String s : keyValues) {
            if (s == null) {
                throw new IllegalArgumentException("tag keys and values must not be null");
            }
        }
        if (tags == null) {
            tags = new TreeMap<>();
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    public X22MeterTags and(X22MeterTags other) {
        if (other == this || other.tags == null) {
            return this;
        }
        for (Map.Entry<String, String> e : other.tags.entrySet()) {
            and(e.getKey(), e.getValue());
        }
        return this;
    }

    public SortedMap<String, String> asMap() {
        return tags == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(tags);
    }

    public String id(String meterName) {
        StringBuilder sb = new StringBuilder(meterName);
        if (tags != null) {
            tags.forEach((k, v) -> sb.append(',').append(k).append('=').append(v));
        }
        return sb.toString();
    }

    public void clear() {
        tags = null;
    }

    public static void main(String[] args) {
        X22MeterTags common = new X22MeterTags().and();
        System.out.println(common.id("jvm.threads") + " " + common.asMap());
        common.and("app", "checkout", "region", "eu");
        X22MeterTags request = new X22MeterTags().and("method", "GET").and(common).and(new X22MeterTags());
        request.and(request);
        System.out.println(request.id("http.server.requests") + " " + request.asMap().size());
        try {
            request.and("odd");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        request.clear();
        System.out.println(request.id("http.server.requests") + " " + request.asMap()
                + " " + new X22MeterTags().and(request).asMap());
    }
}
