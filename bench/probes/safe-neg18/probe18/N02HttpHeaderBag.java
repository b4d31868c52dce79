package probe18;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Case-insensitive, multi-valued HTTP header collection used by a small HTTP client. */
public final class N02HttpHeaderBag {
    private Map<String, List<String>> headers;

    public N02HttpHeaderBag() {
        this(8);
    }

    public N02HttpHeaderBag(int expected) {
        headers = new LinkedHashMap<>(Math.max(4, expected * 2));
    }

    public N02HttpHeaderBag(N02HttpHeaderBag other) {
        this(Objects.requireNonNull(other, "other").headers.size());
        for (Map.Entry<String, List<String>> e : other.headers.entrySet()) {
            headers.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
    }

    public static N02HttpHeaderBag parse(String raw) {
        N02HttpHeaderBag bag = new N02HttpHeaderBag();
        for (String line : raw.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                bag.add(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return bag;
    }

    private static String norm(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public N02HttpHeaderBag add(String name, String value) {
        headers.computeIfAbsent(norm(name), k -> new ArrayList<>()).add(value);
        return this;
    }

    public N02HttpHeaderBag set(String name, String value) {
        List<String> values = new ArrayList<>();
        values.add(value);
        headers.put(norm(name), values);
        return this;
    }

    public String first(String name) {
        List<String> values = headers.get(norm(name));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean remove(String name) {
        return headers.remove(norm(name)) != null;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        headers.forEach((k, vs) -> vs.forEach(v -> sb.append(k).append(": ").append(v).append("\r\n")));
        return sb.toString();
    }

    public static void main(String[] args) {
        N02HttpHeaderBag empty = new N02HttpHeaderBag();
        System.out.println("first on empty: " + empty.first("Host"));
        N02HttpHeaderBag copyOfEmpty = new N02HttpHeaderBag(empty);
        System.out.println("removed: " + copyOfEmpty.remove("x"));
        N02HttpHeaderBag parsed = parse("Host: example.org\nAccept: text/html\nAccept: */*\nbroken line");
        N02HttpHeaderBag copy = new N02HttpHeaderBag(parsed).set("Host", "other.org").add("X-Trace", "42");
        System.out.print(parsed.render());
        System.out.print(copy.render());
        System.out.println(new N02HttpHeaderBag(0).add("A", "1").first("a"));
    }
}
