package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Case-insensitive multi-valued HTTP header collection. Most responses carry no
 * custom headers, so the table is created on the first add() and released by reset().
 * Every reader works on a local copy of the field and tests that copy.
 */
public final class SE03HttpHeaders {
    private Map<String, List<String>> headers; // null while no header was added

    public void add(String name, String value) {
        if (name == null || name.isEmpty() || name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("bad header name: " + name);
        }
        Map<String, List<String>> h = headers;
        if (h == null) {
            h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers = h;
        }
        h.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value.trim());
    }

    public String first(String name) {
        Map<String, List<String>> h = headers;
        if (h == null) {
            return null;
        }
        List<String> values = h.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String name) {
        Map<String, List<String>> h = headers;
        if (h == null) {
            return List.of();
        }
        return List.copyOf(h.getOrDefault(name, List.of()));
    }

    public boolean contains(String name) {
        Map<String, List<String>> h = headers;
        return h != null && h.containsKey(name);
    }

    public int count() {
        Map<String, List<String>> h = headers;
        int total = 0;
        if (h != null) {
            for (List<String> values : h.values()) {
                total += values.size();
            }
        }
        return total;
    }

    public String render() {
        Map<String, List<String>> h = headers;
        StringBuilder out = new StringBuilder();
        if (h != null) {
            h.forEach((name, values) -> out.append(name).append(": ").append(String.join(", ", values)).append("\r\n"));
        }
        return out.toString();
    }

    public void reset() {
        headers = null;
    }

    public static void main(String[] args) {
        SE03HttpHeaders headers = new SE03HttpHeaders();
        check(headers.first("Accept") == null && headers.all("Accept").isEmpty(), "empty");
        check(!headers.contains("Accept") && headers.count() == 0 && headers.render().isEmpty(), "nothing yet");
        expect(IllegalArgumentException.class, () -> headers.add("Bad:Name", "x"));

        headers.add("Accept", "text/html");
        headers.add("accept", " application/json ");
        headers.add("Host", "example.org");
        check("text/html".equals(headers.first("ACCEPT")), "case insensitive");
        check(headers.all("Accept").size() == 2 && headers.count() == 3, "multi values");
        check(headers.render().equals("Accept: text/html, application/json\r\nHost: example.org\r\n"), "render");

        for (int round = 0; round < 2; round++) {
            headers.reset();
            check(!headers.contains("Host") && headers.count() == 0, "reset");
            check(headers.first("Host") == null && headers.render().isEmpty(), "reset render");
        }

        headers.add("Retry-After", "120");
        check("120".equals(headers.first("retry-after")) && headers.count() == 1, "recreated");
        System.out.println("SE03HttpHeaders ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
