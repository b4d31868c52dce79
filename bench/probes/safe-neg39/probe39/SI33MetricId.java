package probe39;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Metric identifier (name plus optional tags) of a metrics library. Most metrics carry no tags,
 * so the tag map is allocated by the first tag and dropped again when the last tag goes. Code tests
 * the map with the helper {@code isEmpty(m)}, which is true for null, before dereferencing it.
 *
 * <p>This class is single-threaded: identifiers are built by one thread and then only read.
 */
public final class SI33MetricId {
    private final String name;
    private TreeMap<String, String> tags; // null while there are no tags

    public SI33MetricId(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9_.]*")) {
            throw new IllegalArgumentException("bad metric name: " + name);
        }
        this.name = name;
    }

    private static boolean isEmpty(Map<?, ?> m) {
        return m == null || m.isEmpty();
    }

    public SI33MetricId tag(String key, String value) {
        if (key == null || !key.matches("[a-z_]+") || value == null) {
            throw new IllegalArgumentException("bad tag " + key + "=" + value);
        }
        if (tags == null) {
            tags = new TreeMap<>();
        }
        tags.put(key, value);
        return this;
    }

    public boolean untag(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null");
        }
        if (isEmpty(tags)) {
            return false;
        }
        boolean removed = tags.remove(key) != null;
        if (tags.isEmpty()) {
            tags = null;
        }
        return removed;
    }

    public Optional<String> tagValue(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null");
        }
        if (isEmpty(tags)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tags.get(key));
    }

    public int tagCount() {
        return isEmpty(tags) ? 0 : tags.size();
    }

    public String render() {
        if (isEmpty(tags)) {
            return name;
        }
        StringJoiner joiner = new StringJoiner(",", name + "{", "}");
        tags.forEach((k, v) -> joiner.add(k + "=\"" + v.replace("\"", "\\\"") + "\""));
        return joiner.toString();
    }

    /** True if this id has the filter's name and at least all of the filter's tags. */
    public boolean matches(SI33MetricId filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter is null");
        }
        if (!name.equals(filter.name)) {
            return false;
        }
        if (isEmpty(filter.tags)) {
            return true;
        }
        if (isEmpty(tags)) {
            return false;
        }
        for (Map.Entry<String, String> e : filter.tags.entrySet()) {
            if (!e.getValue().equals(tags.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public void clearTags() {
        tags = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SI33MetricId other && name.equals(other.name) && Objects.equals(tags, other.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tags);
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
        SI33MetricId id = new SI33MetricId("http.requests");
        SI33MetricId filter = new SI33MetricId("http.requests");
        check(id.render().equals("http.requests") && id.tagCount() == 0 && id.tagValue("method").isEmpty(), "bare");
        check(!id.untag("method") && id.matches(filter) && id.equals(filter), "bare match");
        expect(IllegalArgumentException.class, () -> new SI33MetricId("Bad Name"));
        expect(IllegalArgumentException.class, () -> id.tag("method", null));
        expect(IllegalArgumentException.class, () -> id.untag(null));
        expect(IllegalArgumentException.class, () -> id.matches(null));

        id.tag("method", "GET").tag("status", "200");
        check(id.render().equals("http.requests{method=\"GET\",status=\"200\"}"), id.render());
        check(id.matches(filter) && !filter.matches(id), "subset matching");
        filter.tag("status", "200");
        check(id.matches(filter) && !id.equals(filter) && id.tagValue("status").orElse("").equals("200"), "tags");
        check(id.untag("method") && id.equals(filter) && id.hashCode() == filter.hashCode(), "equal after untag");
        check(id.untag("status") && id.tagCount() == 0 && !id.untag("status"), "last tag drops the map");
        check(!id.matches(filter) && id.render().equals("http.requests"), "no tags again");

        filter.clearTags();
        filter.clearTags();
        check(id.equals(filter) && filter.tagValue("status").isEmpty(), "cleared");
        filter.tag("path", "/a\"b");
        check(filter.render().equals("http.requests{path=\"/a\\\"b\"}") && filter.tagCount() == 1, "escaping");
        System.out.println("OK SI33MetricId");
    }
}
