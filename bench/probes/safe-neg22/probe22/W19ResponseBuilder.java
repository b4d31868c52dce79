package probe22;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reusable HTTP response builder. Header and trailer maps are optional; {@code build()} only passes
 * them to {@code putAll} / the {@code LinkedHashMap} copy constructor after testing them.
 */
public class W19ResponseBuilder {

    public record Response(int status, Map<String, String> headers, Map<String, String> trailers) {
    }

    /** Builders are not thread-safe. */
    public static final class ResponseBuilder {
        private int status = 200;
        private Map<String, String> headers;  // null until header() / headers()
        private Map<String, String> trailers; // null unless trailers were added

        public ResponseBuilder status(int code) {
            this.status = code;
            return this;
        }

        public ResponseBuilder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        /** Replaces all headers; {@code null} removes them. */
        public ResponseBuilder headers(Map<String, String> all) {
            headers = all == null ? null : new LinkedHashMap<>(all);
            return this;
        }

        public ResponseBuilder trailer(String name, String value) {
            if (trailers == null) {
                trailers = new LinkedHashMap<>();
            }
            trailers.put(name, value);
            return this;
        }

        public ResponseBuilder from(Response template) {
            status = template.status();
            headers(template.headers());
            Map<String, String> t = template.trailers();
            trailers = t == null || t.isEmpty() ? null : new LinkedHashMap<>(t);
            return this;
        }

        public Response build() {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Server", "probe/1.0");
            if (headers != null) {
                h.putAll(headers);
            }
            Map<String, String> t;
            if (trailers != null) {
                t = Collections.unmodifiableMap(new LinkedHashMap<>(trailers));
                h.put("Transfer-Encoding", "chunked");
            } else {
                t = Collections.emptyMap();
            }
            return new Response(status, Collections.unmodifiableMap(h), t);
        }

        public ResponseBuilder reset() {
            status = 200;
            headers = null;
            trailers = null;
            return this;
        }
    }

    public static void main(String[] args) {
        ResponseBuilder b = new ResponseBuilder();
        Response plain = b.build();
        System.out.println(plain);

        Response json = b.status(201).header("Content-Type", "application/json").header("Location", "/orders/7").build();
        System.out.println(json);

        Response streamed = b.reset().trailer("Grpc-Status", "0").build();
        System.out.println(streamed);

        Response copy = b.reset().from(json).headers(null).build();
        System.out.println(copy);
        System.out.println(b.reset().from(streamed).status(500).build());
        System.out.println(b.reset().from(new Response(204, null, null)).build());
    }
}
