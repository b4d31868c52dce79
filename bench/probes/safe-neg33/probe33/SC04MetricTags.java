package probe33;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Micrometer-like counter. Common tags are optional: the tag map stays null until
 * tags are attached, and {@link #untag()} returns the meter to its untagged form.
 */
public class SC04MetricTags {

    private final String name;
    private final LongAdder count = new LongAdder();
    private Map<String, String> tags;

    public SC04MetricTags(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void tag(String key, String value) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank tag key");
        }
        Map<String, String> next = new TreeMap<>(Objects.requireNonNullElse(tags, Map.of()));
        next.put(key, value);
        tags = next;
    }

    public void untag() {
        tags = null;
    }

    public void increment() {
        count.increment();
    }

    public long count() {
        return count.sum();
    }

    public String id() {
        Map<String, String> t = Objects.requireNonNullElse(tags, Map.of());
        if (t.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('{');
        t.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
        sb.setCharAt(sb.length() - 1, '}');
        return sb.toString();
    }

    public String prometheusLine() {
        return id() + " " + count();
    }

    public boolean hasTag(String key) {
        return Objects.requireNonNullElseGet(tags, Map::<String, String>of).containsKey(key);
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC04MetricTags m = new SC04MetricTags("http.requests");
        m.untag();
        check(m.id().equals("http.requests"), "bare id");
        check(!m.hasTag("method"), "no tag");
        m.increment();
        check(m.count() == 1, "count 1");
        check(m.prometheusLine().equals("http.requests 1"), "line");
        try {
            m.tag(" ", "x");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }

        m.tag("method", "GET");
        m.tag("status", "200");
        m.increment();
        check(m.id().equals("http.requests{method=GET,status=200}"), "tagged id " + m.id());
        check(m.hasTag("status"), "has status");
        check(m.prometheusLine().endsWith(" 2"), "line 2");

        for (int i = 0; i < 2; i++) {
            m.untag();
            check(m.id().equals("http.requests"), "untagged");
            check(!m.hasTag("method"), "no method");
            m.increment();
            check(m.prometheusLine().startsWith("http.requests "), "untagged line");
        }
        check(m.count() == 4, "count 4");

        m.tag("uri", "/x");
        check(m.hasTag("uri") && !m.hasTag("method"), "fresh tags");
        check(m.id().equals("http.requests{uri=/x}"), "retagged");
        System.out.println("SC04 ok: " + m.prometheusLine());
    }
}
