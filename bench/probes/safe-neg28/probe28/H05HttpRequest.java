package probe28;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immutable outgoing HTTP request built with a builder. The builder only
 * allocates its header and query maps when the first entry is added.
 */
public final class H05HttpRequest {
    private final String method;
    private final String url;
    private final Map<String, String> headers;

    private H05HttpRequest(String method, String url, Map<String, String> headers) {
        this.method = method;
        this.url = url;
        this.headers = headers;
    }

    public static Builder get(String base) {
        return new Builder("GET", base);
    }

    public static final class Builder {
        private final String method;
        private final String base;
        private LinkedHashMap<String, String> headers; // null until header() is called
        private LinkedHashMap<String, String> query;   // null until param() is called

        private Builder(String method, String base) {
            this.method = method;
            this.base = base;
        }

        public Builder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        public Builder param(String name, String value) {
            if (query == null) {
                query = new LinkedHashMap<>();
            }
            query.put(name, value);
            return this;
        }

        public Builder clearParams() {
            query = null;
            return this;
        }

        public H05HttpRequest build() {
            StringBuilder url = new StringBuilder(base);
            if (query != null && !query.isEmpty()) {
                char sep = '?';
                for (Map.Entry<String, String> e : query.entrySet()) {
                    url.append(sep).append(e.getKey()).append('=').append(e.getValue());
                    sep = '&';
                }
            }
            Map<String, String> h = headers == null
                    ? Collections.emptyMap()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            return new H05HttpRequest(method, url.toString(), h);
        }
    }

    public String header(String name) {
        return headers.getOrDefault(name, "");
    }

    public int headerCount() {
        return headers.size();
    }

    public String requestLine() {
        return method + " " + url;
    }

    public static void main(String[] args) {
        H05HttpRequest plain = H05HttpRequest.get("https://api.example.com/users").build();
        assert plain.requestLine().equals("GET https://api.example.com/users");
        assert plain.headerCount() == 0;
        assert plain.header("Accept").isEmpty();

        H05HttpRequest full = H05HttpRequest.get("https://api.example.com/users")
                .param("page", "2")
                .param("size", "50")
                .header("Accept", "application/json")
                .header("X-Trace", "abc")
                .build();
        assert full.requestLine().equals("GET https://api.example.com/users?page=2&size=50");
        assert full.headerCount() == 2;
        assert full.header("X-Trace").equals("abc");

        H05HttpRequest.Builder b = H05HttpRequest.get("/health").param("v", "1").clearParams();
        assert b.build().requestLine().equals("GET /health");
        b.clearParams().clearParams();
        assert b.param("q", "x").build().requestLine().equals("GET /health?q=x");
        System.out.println(full.requestLine());
    }
}
