package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

public class O06HttpClient {

    public static final class Request {
        final String method;
        final String url;
        final Map<String, String> headers;

        Request(String method, String url, Map<String, String> headers) {
            this.method = method;
            this.url = url;
            this.headers = headers;
        }
    }

    private final String baseUrl;
    private final Map<String, String> defaultHeaders;
    private final Map<String, String> cookies;
    private final int timeoutMs;

    private O06HttpClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.defaultHeaders = b.headers;
        this.cookies = b.cookies;
        this.timeoutMs = b.timeoutMs;
    }

    public static final class Builder {
        private String baseUrl = "http://localhost";
        private Map<String, String> headers;
        private Map<String, String> cookies = new HashMap<>();
        private int timeoutMs = 1000;

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        public Builder withoutCookies() {
            cookies = null;
            return this;
        }

        public O06HttpClient build() {
            return new O06HttpClient(this);
        }
    }

    private String buildUrl(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return baseUrl + path;
        }
        StringJoiner qs = new StringJoiner("&", "?", "");
        query.forEach((k, v) -> qs.add(k + "=" + v));
        return baseUrl + path + qs;
    }

    public Request newRequest(String method, String path, Map<String, String> query) {
        Map<String, String> h = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : defaultHeaders.entrySet()) {
            h.put(e.getKey(), e.getValue());
        }
        if (cookies != null && !cookies.isEmpty()) {
            StringJoiner jar = new StringJoiner("; ");
            cookies.forEach((k, v) -> jar.add(k + "=" + v));
            h.put("Cookie", jar.toString());
        }
        h.put("X-Timeout", String.valueOf(timeoutMs));
        return new Request(method, buildUrl(path, query), h);
    }

    public Request get(String path, Map<String, String> query) {
        return newRequest("GET", path, query);
    }

    public Request delete(String path) {
        return newRequest("DELETE", path, null);
    }

    public void onResponse(int status, Map<String, String> responseHeaders) {
        String setCookie = responseHeaders.get("Set-Cookie");
        if (status < 400 && setCookie != null && setCookie.contains("=")) {
            String[] kv = setCookie.split(";")[0].split("=", 2);
            cookies.put(kv[0].trim(), kv[1].trim());
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O06HttpClient.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O06HttpClient.java:" + line + " OK");
        } else {
            System.out.println("MISS O06HttpClient.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O06HttpClient api = new Builder().baseUrl("https://api.example").header("Accept", "application/json").build();
        Request r1 = api.get("/items", Map.of("page", "2"));
        api.onResponse(200, Map.of("Set-Cookie", "sid=abc; Path=/"));
        Request r2 = api.get("/items", Map.of());
        if (!r1.url.endsWith("?page=2") || r1.headers.containsKey("Cookie") || !"sid=abc".equals(r2.headers.get("Cookie"))) {
            throw new IllegalStateException("request building");
        }
        O06HttpClient plain = new Builder().header("User-Agent", "probe").withoutCookies().build();
        plain.onResponse(500, Map.of("Set-Cookie", "sid=x"));
        plain.onResponse(200, Map.of("Content-Type", "text/plain"));
        if (plain.get("/ping", Map.of()).headers.containsKey("Cookie")) {
            throw new IllegalStateException("cookie jar");
        }

        expectNpe(74, () -> new Builder().baseUrl("http://h").build().get("/", Map.of()));
        expectNpe(98, () -> plain.onResponse(200, Map.of("Set-Cookie", "sid=y; HttpOnly")));
        expectNpe(64, () -> api.delete("/items/7"));
        if (failed > 0) {
            System.exit(1);
        }
    }
}
