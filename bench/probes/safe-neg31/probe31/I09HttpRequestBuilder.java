package probe31;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Fluent builder for outgoing HTTP requests; header storage is created on the first header() call. */
public final class I09HttpRequestBuilder {
    public record HttpRequest(String method, String uri, Map<String, String> headers, String body) {
    }

    private String method = "GET";
    private String uri;
    private TreeMap<String, String> headers; // null until a header is added; reset() drops it
    private String body;

    public I09HttpRequestBuilder method(String m) {
        this.method = m;
        return this;
    }

    public I09HttpRequestBuilder uri(String u) {
        this.uri = u;
        return this;
    }

    public I09HttpRequestBuilder header(String name, String value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("header name and value are required");
        }
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        headers.put(name, value);
        return this;
    }

    public I09HttpRequestBuilder removeHeader(String name) {
        if (headers != null && name != null) {
            headers.remove(name);
            if (headers.isEmpty()) {
                headers = null;
            }
        }
        return this;
    }

    public I09HttpRequestBuilder body(String b) {
        this.body = b;
        return this;
    }

    public HttpRequest build() {
        if (uri == null) {
            throw new IllegalStateException("uri is required");
        }
        TreeMap<String, String> copy = headers == null
                ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER)
                : new TreeMap<>(headers);
        if (body != null && (headers == null || !headers.containsKey("Content-Length"))) {
            copy.put("Content-Length", Integer.toString(body.length()));
        }
        return new HttpRequest(method, uri, Collections.unmodifiableMap(copy), body);
    }

    public I09HttpRequestBuilder reset() {
        method = "GET";
        uri = null;
        headers = null;
        body = null;
        return this;
    }

    public static void main(String[] args) {
        I09HttpRequestBuilder b = new I09HttpRequestBuilder();
        try {
            b.build();
            throw new AssertionError("built without uri");
        } catch (IllegalStateException expected) {
            // uri missing
        }
        b.removeHeader("Accept"); // nothing allocated yet
        HttpRequest plain = b.uri("/health").build();
        if (!plain.headers().isEmpty() || !plain.method().equals("GET")) throw new AssertionError("plain");

        HttpRequest post = b.method("POST").uri("/orders")
                .header("Accept", "application/json")
                .header("content-type", "application/json")
                .body("{\"qty\":2}")
                .build();
        if (!post.headers().get("CONTENT-TYPE").equals("application/json")) throw new AssertionError("case-insensitive");
        if (!post.headers().get("Content-Length").equals("9")) throw new AssertionError("content length");
        b.removeHeader("accept").removeHeader("Content-Type").removeHeader("Content-Type");
        HttpRequest again = b.body(null).build();
        if (!again.headers().isEmpty() || again.body() != null) throw new AssertionError("headers released");
        try {
            b.header(null, "x");
            throw new AssertionError("null header");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        b.reset().reset();
        HttpRequest afterReset = b.uri("/x").header("X-Trace", "1").build();
        System.out.println("I09 " + post.method() + " " + post.uri() + " " + post.headers() + " | " + afterReset);
    }
}
