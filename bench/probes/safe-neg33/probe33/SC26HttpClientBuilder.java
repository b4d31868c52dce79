package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An OkHttp/Java-HttpClient-style immutable client produced by a builder. Default headers
 * are optional: the builder creates its header map on the first header() call and hands it
 * over in build(). The built client stores the map (or null) together with a final
 * {@code headerCount} and only consults the map when that count is positive.
 */
public final class SC26HttpClientBuilder {

    private final String baseUrl;
    private final int timeoutMillis;
    private final Map<String, String> defaultHeaders;   // null when the builder had none
    private final int headerCount;

    private SC26HttpClientBuilder(Builder b) {
        this.baseUrl = b.baseUrl;
        this.timeoutMillis = b.timeoutMillis;
        this.defaultHeaders = b.headers;
        this.headerCount = b.headers == null ? 0 : b.headers.size();
    }

    public static Builder newBuilder(String baseUrl) {
        return new Builder(baseUrl);
    }

    public static final class Builder {
        private final String baseUrl;
        private int timeoutMillis = 10_000;
        private Map<String, String> headers;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder timeout(int millis) {
            if (millis <= 0) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeoutMillis = millis;
            return this;
        }

        public Builder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        public SC26HttpClientBuilder build() {
            SC26HttpClientBuilder client = new SC26HttpClientBuilder(this);
            headers = null;     // the client owns the map now; the builder starts afresh
            return client;
        }
    }

    /** Renders the request that would be sent, with default headers first. */
    public String prepare(String method, String path, Map<String, String> extra) {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headerCount > 0) {
            all.putAll(defaultHeaders);
        }
        all.putAll(extra);
        StringBuilder sb = new StringBuilder(method).append(' ').append(baseUrl).append(path);
        all.forEach((k, v) -> sb.append('\n').append(k).append(": ").append(v));
        return sb.toString();
    }

    public String defaultHeader(String name) {
        return headerCount == 0 ? null : defaultHeaders.get(name);
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    public int headerCount() {
        return headerCount;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        Builder b = newBuilder("https://api.example.org");
        try {
            b.timeout(0);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        SC26HttpClientBuilder plain = b.timeout(500).build();
        check(plain.headerCount() == 0 && plain.defaultHeader("User-Agent") == null, "plain");
        check(plain.prepare("GET", "/x", Map.of()).equals("GET https://api.example.org/x"), "plain request");
        check(plain.timeoutMillis() == 500, "timeout");

        SC26HttpClientBuilder withUa = b.header("User-Agent", "probe/1").header("Accept", "*/*").build();
        check(withUa.headerCount() == 2 && withUa.defaultHeader("User-Agent").equals("probe/1"), "ua");
        check(withUa.prepare("POST", "/y", Map.of("accept", "application/json"))
                .equals("POST https://api.example.org/y\nAccept: application/json\nUser-Agent: probe/1"),
                withUa.prepare("POST", "/y", Map.of("accept", "application/json")));

        SC26HttpClientBuilder again = b.build();            // builder was reset by the previous build()
        check(again.headerCount() == 0 && again.defaultHeader("Accept") == null, "reset builder");
        check(again.prepare("GET", "/", Map.of("X", "1")).endsWith("\nX: 1"), "extra only");
        SC26HttpClientBuilder again2 = b.build();
        check(again2.defaultHeader("x") == null, "reset twice");

        SC26HttpClientBuilder third = b.header("X-Api-Key", "k").build();
        check(third.defaultHeader("X-Api-Key").equals("k") && withUa.headerCount() == 2, "independent maps");
        System.out.println("SC26 ok");
    }
}
