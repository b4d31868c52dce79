package probe16p;

import java.util.LinkedHashMap;
import java.util.Map;

public class Q20HttpRequestBuilder {
    private final String method;
    private final String url;
    private final Map<String, String> headers;
    private final Map<String, String> queryParams = new LinkedHashMap<>();

    public Q20HttpRequestBuilder(String method, String url, Map<String, String> defaultHeaders) {
        this.method = method;
        this.url = url;
        this.headers = defaultHeaders.isEmpty() ? null : new LinkedHashMap<>(defaultHeaders);
    }

    public Q20HttpRequestBuilder header(String name, String value) {
        headers.put(name, value); // BUG
        return this;
    }

    public Q20HttpRequestBuilder query(String name, String value) {
        queryParams.put(name, value);
        return this;
    }

    public long contentLength() {
        String declared = headers.get("Content-Length"); // BUG
        return declared == null ? 0L : Long.parseLong(declared);
    }

    public String toWire() {
        StringBuilder line = new StringBuilder(method).append(' ').append(url);
        String separator = "?";
        for (Map.Entry<String, String> param : queryParams.entrySet()) {
            line.append(separator).append(param.getKey()).append('=').append(param.getValue());
            separator = "&";
        }
        line.append(" HTTP/1.1\r\n");
        if (headers != null) {
            headers.forEach((k, v) -> line.append(k).append(": ").append(v).append("\r\n"));
        }
        return line.toString();
    }

    public static void main(String[] args) {
        Q20HttpRequestBuilder withDefaults = new Q20HttpRequestBuilder("POST", "/orders", Map.of("User-Agent", "probe/1.0"));
        withDefaults.header("Content-Length", "42").query("dryRun", "true");
        System.out.print(withDefaults.toWire());
        System.out.println("length = " + withDefaults.contentLength());

        Q20HttpRequestBuilder bare = new Q20HttpRequestBuilder("GET", "/health", Map.of());
        System.out.print(bare.query("verbose", "1").toWire());
        prove("header on request without defaults", () -> bare.header("Accept", "application/json"));
        prove("contentLength on request without defaults", () -> bare.contentLength());
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
