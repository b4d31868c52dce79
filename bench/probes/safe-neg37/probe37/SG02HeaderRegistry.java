package probe37;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * HTTP header collection with a lazily allocated, case-insensitive table.
 * All access to the table goes through the private lazy accessor table().
 */
public class SG02HeaderRegistry {

    static final class Headers {
        private TreeMap<String, List<String>> table; // null until first use, null again after clear()

        private TreeMap<String, List<String>> table() {
            if (table == null) {
                table = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            }
            return table;
        }

        public void add(String name, String value) {
            if (name == null || name.isBlank() || name.indexOf(':') >= 0) {
                throw new IllegalArgumentException("bad header name: " + name);
            }
            if (value == null) {
                throw new IllegalArgumentException("null header value for " + name);
            }
            table().computeIfAbsent(name, k -> new ArrayList<>()).add(value.strip());
        }

        public List<String> all(String name) {
            requireName(name);
            List<String> values = table().get(name);
            return values == null ? List.of() : List.copyOf(values);
        }

        public String first(String name) {
            requireName(name);
            List<String> values = table().get(name);
            if (values == null || values.isEmpty()) {
                throw new NoSuchElementException("no header " + name);
            }
            return values.get(0);
        }

        private static void requireName(String name) {
            if (name == null) {
                throw new IllegalArgumentException("null header name");
            }
        }

        public int size() {
            return table().size();
        }

        public String render() {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, List<String>> e : table().entrySet()) {
                out.append(e.getKey()).append(": ").append(String.join(", ", e.getValue())).append("\r\n");
            }
            return out.toString();
        }

        public boolean isAllocated() {
            return table != null;
        }

        /** Releases the table; the next access allocates a fresh one. */
        public void clear() {
            table = null;
        }
    }

    public static void main(String[] args) {
        Headers headers = new Headers();

        // Phase 1: before the map exists.
        check(!headers.isAllocated(), "not allocated yet");
        expect(IllegalArgumentException.class, () -> headers.add("Bad:Name", "x"));
        check(!headers.isAllocated(), "rejected add does not allocate");
        expect(IllegalArgumentException.class, () -> headers.all(null));
        expect(NoSuchElementException.class, () -> headers.first("Host"));
        check(headers.isAllocated(), "lookup allocated the table lazily");
        headers.clear();

        // Phase 2: while it exists.
        headers.add("Host", "example.org");
        headers.add("accept", "text/html");
        headers.add("ACCEPT", " application/json ");
        check(headers.first("HOST").equals("example.org"), "case-insensitive lookup");
        check(headers.all("Accept").equals(List.of("text/html", "application/json")), "multi-valued");
        check(headers.size() == 2, "two distinct names");
        check(headers.render().startsWith("accept: text/html, application/json\r\n"), "render");
        expect(IllegalArgumentException.class, () -> headers.add("X-Null", null));

        // Phase 3: after it has been dropped (twice).
        headers.clear();
        headers.clear();
        check(!headers.isAllocated(), "cleared twice");
        check(headers.all("Host").isEmpty(), "cleared table has no Host");
        headers.clear();
        check(headers.render().isEmpty(), "render on fresh table");

        // Phase 4: after it has been created again.
        headers.clear();
        headers.add("Content-Length", "42");
        check(headers.first("content-length").equals("42") && headers.size() == 1, "recreated");
        System.out.println("SG02HeaderRegistry ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
