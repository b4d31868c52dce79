package probe38;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Immutable HTTP request plus its reusable builder.
 *
 * <p>{@link Request#headers} has no initialiser; the private constructor is
 * only called from {@link Builder#build()}, which assigns the map before the
 * request is returned, so no caller ever sees it null. The builder's own
 * {@code pending} map is created by the first header() and dropped by every
 * build() so headers never leak into the next request. Single-threaded.
 */
public final class SH15HttpRequestBuilder {

    public static final class Request {
        private final String method;
        private final String url;
        private Map<String, List<String>> headers; // always assigned by Builder.build()

        private Request(String method, String url) {
            this.method = method;
            this.url = url;
        }

        public List<String> header(String name) {
            return name == null ? List.of() : headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public int headerCount() {
            return headers.size();
        }

        @Override
        public String toString() {
            return method + " " + url + " " + headers;
        }
    }

    public static final class Builder {
        private String method = "GET";
        private String url;
        private Map<String, List<String>> pending; // created by header(), dropped by build()/clearHeaders()

        public Builder method(String m) {
            if (m == null || m.isEmpty()) {
                throw new IllegalArgumentException("method");
            }
            method = m;
            return this;
        }

        public Builder url(String u) {
            url = u;
            return this;
        }

        public Builder header(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("header name and value are required");
            }
            if (pending == null) {
                pending = new LinkedHashMap<>();
            }
            pending.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder clearHeaders() {
            pending = null;
            return this;
        }

        public boolean hasPendingHeaders() {
            return pending != null;
        }

        public Request build() {
            if (url == null) {
                throw new IllegalStateException("url not set");
            }
            Request r = new Request(method, url);
            Map<String, List<String>> frozen = new LinkedHashMap<>();
            if (pending != null) {
                pending.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            }
            r.headers = Collections.unmodifiableMap(frozen);
            pending = null;
            return r;
        }
    }

    public static void main(String[] args) {
        Builder b = new Builder();
        // phase 1: before the map exists
        check(!b.hasPendingHeaders(), "no headers yet");
        expect(IllegalStateException.class, b::build);
        Request bare = b.url("https://example.org/").build();
        check(bare.headerCount() == 0 && bare.header("Accept").isEmpty() && bare.header(null).isEmpty(), "bare");
        // phase 2: while it exists
        b.header("Accept", "text/html").header("accept", "application/json").header("X-Trace", "42");
        check(b.hasPendingHeaders(), "pending");
        expect(IllegalArgumentException.class, () -> b.header("X", null));
        Request r1 = b.method("POST").url("https://example.org/api").build();
        check(r1.header("ACCEPT").equals(List.of("text/html", "application/json")), "merged accept");
        check(r1.headerCount() == 2, "two header names");
        // phase 3: after it is dropped (twice)
        check(!b.hasPendingHeaders(), "dropped by build");
        Request r2 = b.build();
        b.clearHeaders();
        check(r2.headerCount() == 0 && r2.header("x-trace").isEmpty(), "no leak into next request");
        check(r1.header("x-trace").equals(List.of("42")), "earlier request unaffected");
        // phase 4: created again
        Request r3 = b.header("Authorization", "Bearer t").build();
        check(r3.headerCount() == 1 && r3.header("authorization").size() == 1, "fresh headers");
        System.out.println("SH15HttpRequestBuilder OK " + r3 + " / " + r1);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
