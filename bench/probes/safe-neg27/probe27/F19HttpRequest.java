package probe27;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** java.net.http-style immutable request with a builder whose header and query tables are lazy. */
public final class F19HttpRequest {
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers; // never null: empty map when the builder had none
    private final String body;

    private F19HttpRequest(String method, URI uri, Map<String, List<String>> headers, String body) {
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.body = body;
    }

    public static Builder newBuilder(String baseUri) { return new Builder(baseUri); }

    public static final class Builder {
        private final String base;
        private String method = "GET";
        private String body = "";
        private TreeMap<String, List<String>> headers; // null until header() is called
        private TreeMap<String, String> query;         // null until queryParam() is called

        private Builder(String base) { this.base = base; }

        public Builder header(String name, String value) {
            if (headers == null) headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder removeHeader(String name) {
            if (headers != null) {
                headers.remove(name);
                if (headers.isEmpty()) headers = null;
            }
            return this;
        }

        public Builder queryParam(String key, String value) {
            if (query == null) query = new TreeMap<>();
            query.put(key, value);
            return this;
        }

        public Builder POST(String requestBody) {
            method = "POST";
            body = requestBody;
            return this;
        }

        public Builder copy() {
            Builder b = new Builder(base);
            b.method = method;
            b.body = body;
            if (headers != null) {
                TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.forEach((k, v) -> h.put(k, new ArrayList<>(v)));
                b.headers = h;
            }
            if (query != null) b.query = new TreeMap<>(query);
            return b;
        }

        public F19HttpRequest build() {
            String q = query == null ? "" : query.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&", "?", ""));
            TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (headers != null) headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
            return new F19HttpRequest(method, URI.create(base + q), Collections.unmodifiableMap(h), body);
        }

        private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
    }

    public Optional<String> firstHeader(String name) {
        return headers.getOrDefault(name, List.of()).stream().findFirst();
    }

    public String method() { return method; }
    public URI uri() { return uri; }
    public String body() { return body; }
    public int headerCount() { return headers.size(); }

    public static void main(String[] args) {
        F19HttpRequest bare = newBuilder("https://api.example.com/items").build();
        assert bare.method().equals("GET") && bare.uri().toString().equals("https://api.example.com/items");
        assert bare.headerCount() == 0 && bare.firstHeader("Accept").isEmpty() && bare.body().isEmpty();

        Builder b = newBuilder("https://api.example.com/search")
                .header("Accept", "application/json").header("accept", "text/plain")
                .queryParam("q", "a b&c").queryParam("page", "2");
        Builder copy = b.copy().removeHeader("ACCEPT").POST("{}");
        F19HttpRequest r = b.build();
        assert r.uri().toString().equals("https://api.example.com/search?page=2&q=a+b%26c") : r.uri();
        assert r.firstHeader("ACCEPT").orElseThrow().equals("application/json") && r.headerCount() == 1;
        F19HttpRequest post = copy.build();
        assert post.method().equals("POST") && post.body().equals("{}") && post.headerCount() == 0;
        assert post.uri().equals(r.uri());
        b.removeHeader("Accept").removeHeader("Accept");
        assert b.build().headerCount() == 0 && r.headerCount() == 1 : "built requests are immutable snapshots";
        assert newBuilder("http://h/").removeHeader("X").copy().build().headerCount() == 0;
        System.out.println("F19 ok");
    }
}
