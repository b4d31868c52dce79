package probe20;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

public class S03HttpRequestBuilder {
    private String method = "GET";
    private String url;
    private Map<String, String> headers;
    private Map<String, String> queryParams;

    public S03HttpRequestBuilder url(String url) {
        this.url = url;
        return this;
    }

    public S03HttpRequestBuilder method(String method) {
        this.method = method;
        return this;
    }

    public S03HttpRequestBuilder header(String name, String value) {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        headers.put(name, value);
        return this;
    }

    public S03HttpRequestBuilder headers(Map<String, String> all) {
        this.headers = all == null ? null : new LinkedHashMap<>(all);
        return this;
    }

    public S03HttpRequestBuilder param(String name, String value) {
        if (queryParams == null) {
            queryParams = new LinkedHashMap<>();
        }
        queryParams.put(name, value);
        return this;
    }

    public Map<String, String> headersView() {
        return headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    }

    public String build() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(url);
        if (queryParams != null && !queryParams.isEmpty()) {
            char sep = '?';
            for (Map.Entry<String, String> e : queryParams.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = '&';
            }
        }
        if (headers != null) {
            headers.forEach((k, v) -> sb.append("\n").append(k).append(": ").append(v));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String plain = new S03HttpRequestBuilder().url("https://example.org/health").build();
        System.out.println(plain);
        S03HttpRequestBuilder b = new S03HttpRequestBuilder()
                .url("https://api.example.org/v1/items")
                .method("POST")
                .header("Accept", "application/json")
                .param("page", "2")
                .param("size", "50");
        System.out.println(b.build());
        b.headers(null);
        System.out.println("headers after reset: " + b.headersView().size());
        System.out.println(b.build());
        b.header("X-Trace", "abc123");
        System.out.println(b.headersView());
    }
}
