package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A tiny HTTP client facade: default headers, a cookie jar and request interceptors. */
public final class BE04HttpClientPool {

    private static final String FILE = "BE04HttpClientPool.java";

    private final String baseUrl;
    private final int timeoutMillis;
    private final Map<String, String> defaultHeaders;
    private Map<String, String> cookies;
    private Map<String, UnaryOperator<String>> interceptors;

    private BE04HttpClientPool(Builder b) {
        this.baseUrl = b.baseUrl;
        this.timeoutMillis = b.timeoutMillis;
        this.defaultHeaders = b.headers;
        this.cookies = new HashMap<>();
    }

    private BE04HttpClientPool(BE04HttpClientPool other, int timeoutMillis) {
        this.baseUrl = other.baseUrl;
        this.timeoutMillis = timeoutMillis;
        this.defaultHeaders = other.defaultHeaders;
        this.interceptors = other.interceptors;
    }

    static final class Builder {
        private String baseUrl = "http://localhost";
        private int timeoutMillis = 1_000;
        private Map<String, String> headers;

        Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        Builder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        BE04HttpClientPool build() {
            return new BE04HttpClientPool(this);
        }
    }

    public BE04HttpClientPool withTimeout(int millis) {
        return new BE04HttpClientPool(this, millis);
    }

    public void addInterceptor(String name, UnaryOperator<String> op) {
        if (interceptors == null) {
            interceptors = new LinkedHashMap<>();
        }
        interceptors.put(name, op);
    }

    public List<String> headerLines() {
        List<String> lines = new ArrayList<>();
        if (defaultHeaders != null) {
            defaultHeaders.forEach((k, v) -> lines.add(k + ": " + v));
        }
        return lines;
    }

    public String userAgent() {
        return defaultHeaders.getOrDefault("User-Agent", "probe/1.0");
    }

    public void storeCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** One in-flight request; reads the client's interceptor chain. */
    final class Exchange {
        private final String path;

        Exchange(String path) {
            this.path = path;
        }

        String send() {
            String url = baseUrl + path;
            for (UnaryOperator<String> op : interceptors.values()) {
                url = op.apply(url);
            }
            return "GET " + url + " (timeout " + timeoutMillis + "ms)";
        }
    }

    public String get(String path) {
        if (interceptors == null || interceptors.isEmpty()) {
            return "GET " + baseUrl + path + " (timeout " + timeoutMillis + "ms)";
        }
        return new Exchange(path).send();
    }

    public static void main(String[] args) {
        BE04HttpClientPool client = new Builder().baseUrl("http://api").header("User-Agent", "probe/2").build();
        client.storeCookie("session", "abc");
        client.addInterceptor("trace", u -> u + "?trace=1");
        System.out.println(client.userAgent() + " " + client.headerLines() + " " + client.cookies);
        System.out.println(client.get("/users") + " | " + client.new Exchange("/x").send());
        BE04HttpClientPool slow = client.withTimeout(5_000);
        System.out.println(slow.get("/slow") + " " + slow.headerLines());
        BE04HttpClientPool bare = new Builder().build();
        System.out.println(bare.headerLines() + " " + bare.get("/health"));

        try {
            new Builder().baseUrl("http://cdn").build().userAgent();
            miss(78);
        } catch (NullPointerException e) {
            expect(e, 78);
        }
        try {
            client.withTimeout(200).storeCookie("retry", "1");
            miss(82);
        } catch (NullPointerException e) {
            expect(e, 82);
        }
        try {
            System.out.println(bare.new Exchange("/direct").send());
            miss(95);
        } catch (NullPointerException e) {
            expect(e, 95);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
