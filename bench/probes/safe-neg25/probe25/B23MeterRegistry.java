package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Micrometer-style counter registry. Common tags and tag renames are
 * configured rarely, so both maps stay null until first configured.
 */
public class B23MeterRegistry {
    public record Id(String name, SortedMap<String, String> tags) {
        public Id {
            tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        }
    }

    private final Map<Id, double[]> counters = new LinkedHashMap<>();
    private SortedMap<String, String> commonTags; // null until commonTags(...)
    private Map<String, String> renamedTags;      // null until renameTag(...)
    private boolean closed;

    public B23MeterRegistry commonTags(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of tag arguments");
        }
        if (commonTags == null) {
            commonTags = new TreeMap<>();
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            commonTags.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    public B23MeterRegistry renameTag(String from, String to) {
        (renamedTags == null ? renamedTags = new LinkedHashMap<>() : renamedTags).put(from, to);
        return this;
    }

    public void clearCommonTags() {
        commonTags = null;
    }

    private Id id(String name, String... keyValues) {
        SortedMap<String, String> tags = commonTags == null ? new TreeMap<>() : new TreeMap<>(commonTags);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            String key = keyValues[i];
            if (renamedTags != null) {
                key = renamedTags.getOrDefault(key, key);
            }
            tags.put(key, keyValues[i + 1]);
        }
        return new Id(name, tags);
    }

    public void increment(String name, double amount, String... keyValues) {
        if (closed) {
            return;
        }
        counters.computeIfAbsent(id(name, keyValues), k -> new double[1])[0] += amount;
    }

    public double count(String name, String... keyValues) {
        double[] c = counters.get(id(name, keyValues));
        return c == null ? 0.0 : c[0];
    }

    public List<String> scrape() {
        List<String> lines = new ArrayList<>();
        counters.forEach((id, v) -> lines.add(id.name() + id.tags() + " " + v[0]));
        return lines;
    }

    public void close() {
        closed = true;
        counters.clear();
        commonTags = null;
        renamedTags = null;
    }

    public static void main(String[] args) {
        B23MeterRegistry registry = new B23MeterRegistry();
        registry.increment("http.requests", 1, "uri", "/a");
        System.out.println(registry.count("http.requests", "uri", "/a") + " " + registry.scrape());
        registry.commonTags("app", "shop", "region", "eu").renameTag("uri", "path").renameTag("status", "code");
        registry.increment("http.requests", 2, "uri", "/a", "status", "200");
        registry.increment("http.requests", 3, "uri", "/a", "status", "200");
        System.out.println(registry.count("http.requests", "path", "/a", "code", "200") + " " + registry.scrape());
        registry.clearCommonTags();
        registry.increment("jobs", 1);
        System.out.println(registry.count("jobs") + " " + registry.count("http.requests", "uri", "/a", "status", "200"));
        registry.close();
        registry.increment("jobs", 1, "uri", "/x");
        System.out.println(registry.scrape() + " " + registry.count("jobs"));
    }
}
