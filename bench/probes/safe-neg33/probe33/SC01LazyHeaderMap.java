package probe33;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A mutable HTTP request head in the style of an embedded server's request object.
 * The header map is only allocated when the first header is added (most internal
 * health-check requests carry no headers at all).
 */
public final class SC01LazyHeaderMap {

    private final String method;
    private final String path;
    private Map<String, String> headers;   // lazily created, dropped by recycle()

    public SC01LazyHeaderMap(String method, String path) {
        this.method = method;
        this.path = path;
    }

    private Map<String, String> headers() {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        return headers;
    }

    public SC01LazyHeaderMap addHeader(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("header name must not be empty");
        }
        headers().merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b);
        return this;
    }

    public String getHeader(String name) {
        if (headers == null) {
            return null;
        }
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public int headerCount() {
        if (headers == null) {
            return 0;
        }
        return headers.size();
    }

    public Map<String, String> headerView() {
        if (headers == null) {
            return Collections.emptyMap();
        }
        return Collections.unmodifiableMap(headers);
    }

    /** Returns the object to the pool: the header map is released. */
    public void recycle() {
        headers = null;
    }

    public String requestLine() {
        return method + " " + path + " HTTP/1.1";
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC01LazyHeaderMap req = new SC01LazyHeaderMap("GET", "/health");
        // before the map exists
        req.recycle();
        check(req.getHeader("Host") == null, "no header yet");
        check(req.headerCount() == 0, "count 0");
        check(req.headerView().isEmpty(), "empty view");
        check(req.requestLine().equals("GET /health HTTP/1.1"), "request line");
        try {
            req.addHeader("", "x");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // fine
        }
        // while it exists
        req.addHeader("Host", "example.org").addHeader("Accept", "text/html").addHeader("accept", "*/*");
        check("example.org".equals(req.getHeader("HOST")), "host");
        check("text/html, */*".equals(req.getHeader("Accept")), "merged accept");
        check(req.headerCount() == 2, "count 2");
        check(req.headerView().size() == 2, "view 2");
        // dropped, twice
        for (int round = 0; round < 2; round++) {
            req.recycle();
            check(req.getHeader("Host") == null, "dropped host");
            check(req.headerCount() == 0, "dropped count");
            check(req.headerView().isEmpty(), "dropped view");
            check(req.requestLine().startsWith("GET"), "line after recycle");
        }
        // created again
        req.addHeader("X-Trace", "abc");
        check("abc".equals(req.getHeader("x-trace")), "trace");
        check(req.headerCount() == 1, "count 1 again");
        check(req.headerView().containsKey("x-trace"), "view again");
        System.out.println("SC01 ok: " + req.requestLine() + " " + req.headerView());
    }
}
