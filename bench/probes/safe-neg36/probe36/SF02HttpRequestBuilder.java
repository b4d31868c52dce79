package probe36;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builder for outgoing HTTP/1.1 requests, as found in small HTTP clients.
 * The header table is allocated lazily by headers() and discarded by clearHeaders().
 */
public final class SF02HttpRequestBuilder {
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE");

    private final String method;
    private String target = "/";
    private TreeMap<String, String> headers; // created on first use, dropped by clearHeaders()

    public SF02HttpRequestBuilder(String method) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        this.method = method;
    }

    private TreeMap<String, String> headers() {
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        return headers;
    }

    public SF02HttpRequestBuilder target(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("request target must be absolute: " + path);
        }
        target = path;
        return this;
    }

    public SF02HttpRequestBuilder header(String name, String value) {
        if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("invalid header name '" + name + "'");
        }
        headers().merge(name, value, (first, second) -> first + ", " + second);
        return this;
    }

    public String header(String name) {
        return headers().get(name);
    }

    public int headerCount() {
        return headers().size();
    }

    public SF02HttpRequestBuilder clearHeaders() {
        headers = null;
        return this;
    }

    public String build() {
        boolean hasBody = method.equals("POST") || method.equals("PUT");
        if (hasBody && !headers().containsKey("Content-Length")) {
            throw new IllegalStateException(method + " request without Content-Length");
        }
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> header : headers().entrySet()) {
            request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    public static void main(String[] args) {
        // Phase 1: no header table yet (each call below starts from a fresh builder).
        check(new SF02HttpRequestBuilder("GET").header("Host") == null, "no Host on a fresh builder");
        check(new SF02HttpRequestBuilder("HEAD").headerCount() == 0, "no headers on a fresh builder");
        check(new SF02HttpRequestBuilder("GET").build().equals("GET / HTTP/1.1\r\n\r\n"), "bare request");
        SF02HttpRequestBuilder post = new SF02HttpRequestBuilder("POST");
        expect(IllegalStateException.class, post::build);
        expect(IllegalArgumentException.class, () -> new SF02HttpRequestBuilder("BREW"));
        SF02HttpRequestBuilder get = new SF02HttpRequestBuilder("GET");
        expect(IllegalArgumentException.class, () -> get.header("Bad Name", "x"));
        // Phase 2: headers in use.
        get.target("/index.html").header("Host", "example.org").header("Accept", "text/html").header("accept", "*/*");
        check(get.headerCount() == 2, "case-insensitive merge");
        check("text/html, */*".equals(get.header("ACCEPT")), "merged Accept");
        check(get.build().contains("Host: example.org\r\n"), "Host rendered");
        post.header("Content-Length", "0");
        check(post.build().startsWith("POST / HTTP/1.1"), "POST builds once it has a length");
        // Phase 3: dropped, twice.
        for (int round = 0; round < 2; round++) {
            get.clearHeaders();
            check(get.header("Host") == null, "Host gone after clear");
            get.clearHeaders();
            check(get.headerCount() == 0, "no headers after clear");
            get.clearHeaders();
            check(get.build().equals("GET /index.html HTTP/1.1\r\n\r\n"), "bare request after clear");
            post.clearHeaders();
            expect(IllegalStateException.class, post::build);
        }
        // Phase 4: table created again.
        get.clearHeaders().header("Host", "example.com");
        check(get.headerCount() == 1, "recreated table");
        check(get.build().endsWith("Host: example.com\r\n\r\n"), "new Host rendered");
        expect(IllegalArgumentException.class, () -> get.target("relative"));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
