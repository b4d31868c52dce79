package probe15p;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

public class P07RestClient {
    private final String baseUrl;
    private final Duration timeout;
    private final Map<String, String> defaultHeaders;

    private P07RestClient(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.timeout = builder.timeout;
        this.defaultHeaders = builder.headers;
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private String baseUrl;
        private Duration timeout = Duration.ofSeconds(10);
        private Map<String, String> headers;

        Builder(String baseUrl) {
            this.baseUrl = baseUrl;
            this.headers = new LinkedHashMap<>();
        }

        Builder(P07RestClient source) {
            this.baseUrl = source.baseUrl;
            this.timeout = source.timeout;
        }

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value); // BUG
            return this;
        }

        public P07RestClient build() {
            return new P07RestClient(this);
        }
    }

    public String renderRequest(String method, String path, Map<String, String> extraHeaders) {
        StringBuilder sb = new StringBuilder(method).append(' ').append(baseUrl).append(path).append('\n');
        for (Map.Entry<String, String> h : defaultHeaders.entrySet()) { // BUG
            if (!extraHeaders.containsKey(h.getKey())) sb.append(h.getKey()).append(": ").append(h.getValue()).append('\n');
        }
        extraHeaders.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.append("X-Timeout-Ms: ").append(timeout.toMillis()).append('\n').toString();
    }

    public boolean hasDefaultHeader(String name) {
        return defaultHeaders != null && defaultHeaders.containsKey(name);
    }

    public String userAgent() {
        return defaultHeaders.getOrDefault("User-Agent", "probe-client/1.0"); // BUG
    }

    public static void main(String[] args) {
        P07RestClient api = P07RestClient.builder("https://api.example.com")
                .header("Accept", "application/json").header("User-Agent", "inventory/2.3").build();
        System.out.print(api.renderRequest("GET", "/repos", Map.of("X-Trace", "abc")));
        System.out.println(api.userAgent());

        P07RestClient staging = api.toBuilder().baseUrl("https://staging.example.com").build();
        System.out.println("staging has Accept=" + staging.hasDefaultHeader("Accept"));
        prove(() -> api.toBuilder().header("X-Tenant", "acme"));
        prove(() -> staging.renderRequest("GET", "/status", Map.of()));
        prove(() -> staging.userAgent());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
