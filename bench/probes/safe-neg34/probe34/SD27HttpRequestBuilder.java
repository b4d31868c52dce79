package probe34;

import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reusable HTTP request builder; the header map lives from newRequest() until build() hands it off. */
public class SD27HttpRequestBuilder {
    public record HttpRequest(String method, String url, Map<String, String> headers, String body) { }

    private String method;
    private String url;                          // non-null exactly while a request is being built
    private SortedMap<String, String> headers;   // assigned right after url's partner fields, nulled with url
    private String body;
    private int built;

    public SD27HttpRequestBuilder newRequest(String httpMethod, String target) {
        if (url != null) {
            throw new IllegalStateException("previous request to " + url + " was not built");
        }
        if (!target.startsWith("http://") && !target.startsWith("https://")) {
            throw new IllegalArgumentException("absolute URL required: " + target);
        }
        method = httpMethod;
        headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        body = null;
        url = target;
        return this;
    }

    public SD27HttpRequestBuilder header(String name, String value) {
        if (url == null) {
            throw new IllegalStateException("call newRequest() first");
        }
        headers.merge(name, value, (a, b) -> a + "," + b);
        return this;
    }

    public SD27HttpRequestBuilder body(String content) {
        if (url == null) {
            throw new IllegalStateException("call newRequest() first");
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            throw new UnsupportedOperationException(method + " requests carry no body");
        }
        body = content;
        headers.put("Content-Length", String.valueOf(content.length()));
        return this;
    }

    public HttpRequest build() {
        if (url == null) {
            throw new IllegalStateException("nothing to build");
        }
        HttpRequest request = new HttpRequest(method, url, Collections.unmodifiableSortedMap(headers), body);
        url = null;
        headers = null;
        method = null;
        body = null;
        built++;
        return request;
    }

    public boolean isBuilding() {
        return url != null;
    }

    public int builtCount() {
        return built;
    }

    public void abandon() {
        url = null;
        headers = null;
    }

    private static void exerciseIdle(SD27HttpRequestBuilder b, int builtSoFar) {
        check(!b.isBuilding() && b.builtCount() == builtSoFar, "idle");
        expect(IllegalStateException.class, () -> b.header("Accept", "*/*"));
        expect(IllegalStateException.class, () -> b.body("x"));
        expect(IllegalStateException.class, b::build);
        expect(IllegalArgumentException.class, () -> b.newRequest("GET", "/relative"));
        b.abandon();
    }

    public static void main(String[] args) {
        SD27HttpRequestBuilder builder = new SD27HttpRequestBuilder();
        exerciseIdle(builder, 0);

        HttpRequest post = builder.newRequest("POST", "https://api.example.org/orders")
                .header("Accept", "application/json")
                .header("accept", "text/plain")
                .body("{\"qty\":2}")
                .build();
        check(post.headers().get("ACCEPT").equals("application/json,text/plain"), "merged header");
        check("9".equals(post.headers().get("content-length")) && post.body().length() == 9, "body");
        expect(UnsupportedOperationException.class, () -> post.headers().put("x", "y"));
        builder.newRequest("GET", "http://example.org/");
        expect(IllegalStateException.class, () -> builder.newRequest("GET", "http://other/"));
        expect(UnsupportedOperationException.class, () -> builder.body("nope"));
        check(builder.isBuilding(), "building");
        HttpRequest get = builder.header("X-Trace", "1").build();
        check(get.headers().size() == 1 && get.body() == null && builder.builtCount() == 2, "get request");

        exerciseIdle(builder, 2);
        builder.newRequest("DELETE", "https://api.example.org/orders/1").header("X", "y");
        builder.abandon();
        exerciseIdle(builder, 2);
        builder.abandon();
        exerciseIdle(builder, 2);

        builder.newRequest("PUT", "https://x.test/a").header("If-Match", "\"v1\"");
        check(builder.isBuilding() && builder.builtCount() == 2, "building again");
        HttpRequest put = builder.body("abc").build();
        check(put.method().equals("PUT") && put.headers().get("Content-Length").equals("3"), "recreated");
        check(put.headers().size() == 2 && builder.builtCount() == 3, "recreated headers");
        exerciseIdle(builder, 3);
        System.out.println("SD27HttpRequestBuilder ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
