package probe31;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Query-string parsing for a REST endpoint; a request without '?' carries no parameter map at all. */
public final class I20QueryParams {
    /** values == null means the request had no query string. */
    public record Params(Map<String, String> values) {
        public Params {
            values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public Optional<String> first(String name) {
            return values == null ? Optional.empty() : Optional.ofNullable(values.get(name));
        }

        public int size() {
            return values == null ? 0 : values.size();
        }

        public boolean has(String name) {
            return values != null && values.containsKey(name);
        }

        public Params with(String name, String value) {
            Map<String, String> copy = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
            copy.put(name, value);
            return new Params(copy);
        }
    }

    private I20QueryParams() {
    }

    public static Params parse(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return new Params(null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            values.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return new Params(values);
    }

    public static void main(String[] args) {
        Params none = parse("/users");
        if (none.values() != null || none.size() != 0 || none.has("page") || none.first("page").isPresent()) {
            throw new AssertionError("no query string");
        }
        Params p = parse("/users?page=2&q=j%C3%B6rg+m&flag&&page=9");
        if (!p.first("page").orElseThrow().equals("2") || !p.first("q").orElseThrow().equals("j\u00f6rg m")) throw new AssertionError("values");
        if (!p.has("flag") || p.size() != 3 || p.first(null).isPresent()) throw new AssertionError("flag");
        Params extended = none.with("sort", "name").with("page", "1");
        if (extended.size() != 2 || !extended.equals(parse("/x?sort=name&page=1"))) throw new AssertionError("with/equals");
        Params direct = new Params(null);
        if (!direct.equals(none) || direct.hashCode() != none.hashCode()) throw new AssertionError("record equality");
        System.out.println("I20 " + p + " " + direct.toString() + " " + extended.values());
    }
}
