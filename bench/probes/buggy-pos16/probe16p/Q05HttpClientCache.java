package probe16p;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

public class Q05HttpClientCache {
    private final String baseUrl;
    private Deque<String> connectionPool;
    private Map<String, String> responseCache;

    public Q05HttpClientCache(String baseUrl, int poolSize) {
        this.baseUrl = baseUrl;
        try {
            connectionPool = openPool(baseUrl, poolSize);
            responseCache = new LinkedHashMap<>(16, 0.75f, true);
        } catch (IllegalArgumentException e) {
            System.err.println("WARN could not open pool for " + baseUrl + ": " + e.getMessage());
        }
    }

    private static Deque<String> openPool(String url, int size) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("unsupported scheme " + uri.getScheme());
        }
        Deque<String> pool = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            pool.add(uri.getHost() + "#" + i);
        }
        return pool;
    }

    public void cacheResponse(String path, String body) {
        responseCache.put(baseUrl + path, body); // BUG
    }

    public String cachedBody(String path) {
        String body = responseCache.get(baseUrl + path); // BUG
        return body == null ? "" : body;
    }

    public static void main(String[] args) {
        Q05HttpClientCache api = new Q05HttpClientCache("https://api.example.com", 2);
        api.cacheResponse("/users/1", "{\"id\":1}");
        System.out.println("cached = " + api.cachedBody("/users/1"));

        Q05HttpClientCache ftp = new Q05HttpClientCache("ftp://files.example.com", 2);
        prove("cacheResponse after failed pool", () -> ftp.cacheResponse("/readme", "hello"));
        prove("cachedBody after failed pool", () -> ftp.cachedBody("/readme"));
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
