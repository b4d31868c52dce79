package probe37;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Immutable HTTP request built by a Builder. The request's header map has no initialiser and
 * the private constructor leaves it null; Builder.build() is the only creator and always assigns
 * the map before returning the request, so no published request ever has a null header map.
 */
public class SG21HttpRequestBuilder {

    static final class HttpRequest {
        private final String method;
        private final String uri;
        private Map<String, String> headers; // assigned by Builder.build() before the request escapes

        private HttpRequest(String method, String uri) {
            this.method = method;
            this.uri = uri;
        }

        public Optional<String> header(String name) {
            return name == null ? Optional.empty() : Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        public int headerCount() {
            return headers.size();
        }

        public String toWire() {
            StringBuilder out = new StringBuilder(method).append(' ').append(uri).append(" HTTP/1.1\r\n");
            headers.forEach((k, v) -> out.append(k).append(": ").append(v).append("\r\n"));
            return out.append("\r\n").toString();
        }

        static final class Builder {
            private String method = "GET";
            private String uri;
            private final TreeMap<String, String> pending = new TreeMap<>();

            public Builder method(String m) {
                if (m == null || !m.matches("[A-Z]+")) {
                    throw new IllegalArgumentException("bad method " + m);
                }
                method = m;
                return this;
            }

            public Builder uri(String u) {
                if (u == null || !u.startsWith("/")) {
                    throw new IllegalArgumentException("bad uri " + u);
                }
                uri = u;
                return this;
            }

            public Builder header(String name, String value) {
                if (name == null || name.isBlank() || value == null) {
                    throw new IllegalArgumentException("bad header " + name);
                }
                pending.put(name.toLowerCase(Locale.ROOT), value);
                return this;
            }

            public HttpRequest build() {
                if (uri == null) {
                    throw new IllegalStateException("uri not set");
                }
                HttpRequest request = new HttpRequest(method, uri);
                request.headers = Collections.unmodifiableMap(new TreeMap<>(pending));
                return request;
            }

            /** Forget everything configured so far. */
            public Builder reset() {
                method = "GET";
                uri = null;
                pending.clear();
                return this;
            }
        }
    }

    public static void main(String[] args) {
        HttpRequest.Builder builder = new HttpRequest.Builder();

        // Phase 1: before the map exists (no request built yet).
        expect(IllegalStateException.class, builder::build);
        expect(IllegalArgumentException.class, () -> builder.uri("relative"));
        expect(IllegalArgumentException.class, () -> builder.method("get"));

        // Phase 2: while it exists.
        HttpRequest request = builder.method("POST").uri("/orders").header("Content-Type", "application/json")
                .header("X-Trace", "t1").build();
        check(request.header("content-type").orElseThrow().equals("application/json"), "content type");
        check(request.header(null).isEmpty() && request.header("Accept").isEmpty(), "absent headers");
        check(request.headerCount() == 2, "two headers");
        check(request.toWire().startsWith("POST /orders HTTP/1.1\r\ncontent-type: application/json\r\n"), "wire");
        builder.header("X-Late", "1");
        check(request.headerCount() == 2, "built request is immutable");

        // Phase 3: after it has been dropped (builder reset twice; no request in hand).
        builder.reset();
        builder.reset();
        expect(IllegalStateException.class, builder::build);

        // Phase 4: after it has been created again.
        HttpRequest again = builder.uri("/health").build();
        check(again.headerCount() == 0 && again.toWire().equals("GET /health HTTP/1.1\r\n\r\n"), "bare request");
        System.out.println("SG21HttpRequestBuilder ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
