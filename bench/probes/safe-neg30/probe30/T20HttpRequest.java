package probe30;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Immutable HTTP request; instances are only obtainable from its Builder. */
public final class T20HttpRequest {
    private final String method;
    private final URI uri;
    private TreeMap<String, List<String>> headers; // set by Builder.build() right after construction

    private T20HttpRequest(String method, URI uri) {
        this.method = method;
        this.uri = uri;
    }

    public String method() { return method; }

    public URI uri() { return uri; }

    public Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public String toWire() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(uri.getRawPath()).append(" HTTP/1.1\r\n");
        headers.forEach((n, vs) -> vs.forEach(v -> sb.append(n).append(": ").append(v).append("\r\n")));
        return sb.append("\r\n").toString();
    }

    public Builder toBuilder() {
        Builder b = new Builder(uri.toString()).method(method);
        headers.forEach((n, vs) -> vs.forEach(v -> b.header(n, v)));
        return b;
    }

    public static Builder newBuilder(String uri) {
        return new Builder(uri);
    }

    public static final class Builder {
        private final URI uri;
        private String method = "GET";
        private final TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder(String uri) {
            this.uri = URI.create(uri);
            if (this.uri.getHost() == null) throw new IllegalArgumentException("absolute URI required: " + uri);
        }

        public Builder method(String m) {
            this.method = m;
            return this;
        }

        public Builder header(String name, String value) {
            if (name.isBlank() || value.contains("\n")) throw new IllegalArgumentException("bad header " + name);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        public T20HttpRequest build() {
            T20HttpRequest request = new T20HttpRequest(method, uri);
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((n, vs) -> copy.put(n, List.copyOf(vs)));
            copy.putIfAbsent("Host", List.of(uri.getHost()));
            request.headers = copy;
            return request;
        }
    }

    public static void main(String[] args) {
        try {
            newBuilder("relative/path");
            throw new AssertionError("relative URI accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        Builder builder = newBuilder("https://example.org/api/items").method("POST")
                .header("Content-Type", "application/json").header("accept", "a/b").header("Accept", "c/d");
        T20HttpRequest req = builder.build();
        assert req.method().equals("POST") && req.uri().getHost().equals("example.org");
        assert req.firstHeader("content-type").orElseThrow().equals("application/json");
        assert req.firstHeader("X-Missing").isEmpty();
        assert req.headers().get("ACCEPT").equals(List.of("a/b", "c/d"));
        assert req.firstHeader("host").orElseThrow().equals("example.org");
        String wire = req.toWire();
        assert wire.startsWith("POST /api/items HTTP/1.1\r\naccept: a/b\r\naccept: c/d\r\n") : wire;

        builder.header("X-Late", "1"); // does not affect already built requests
        assert req.firstHeader("X-Late").isEmpty();
        T20HttpRequest copy = req.toBuilder().method("PUT").build();
        assert copy.method().equals("PUT") && copy.headers().equals(req.headers());
        T20HttpRequest bare = newBuilder("http://localhost:8080/").build();
        assert bare.headers().size() == 1 && bare.toWire().startsWith("GET / HTTP/1.1");
        System.out.println("T20 ok");
    }
}
