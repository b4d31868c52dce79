package probe32;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Per-request cache of parsed HTTP header values, similar to what Netty / Undertow keep while a
 * request is being processed. The cache exists between {@link #begin(String)} and
 * {@link #close()}; every method tests the field directly before touching it.
 */
public class SA02HttpHeaderCache implements AutoCloseable {

    private String rawHeaders = "";
    private Map<String, String> parsed; // null outside begin()/close()
    private int misses;

    public void begin(String rawHeaderBlock) {
        this.rawHeaders = rawHeaderBlock;
        this.parsed = new HashMap<>();
        this.misses = 0;
    }

    private String scan(String name) {
        for (String line : rawHeaders.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    public String get(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (parsed != null) {
            String cached = parsed.get(key);
            if (cached != null) {
                return cached;
            }
        }
        misses++;
        String value = scan(key);
        if (value != null && parsed != null) {
            parsed.put(key, value);
        }
        return value;
    }

    public void override(String name, String value) {
        if (parsed == null) {
            throw new IllegalStateException("no request in progress");
        }
        parsed.put(name.toLowerCase(Locale.ROOT), value);
    }

    public int cachedCount() {
        if (parsed != null) {
            return parsed.size();
        }
        return 0;
    }

    public int misses() {
        return misses;
    }

    @Override
    public void close() {
        if (parsed != null) {
            parsed.clear();
        }
        parsed = null;
        rawHeaders = "";
    }

    public static void main(String[] args) {
        SA02HttpHeaderCache cache = new SA02HttpHeaderCache();
        System.out.println("idle get: " + cache.get("Host") + " cached=" + cache.cachedCount());
        try {
            cache.override("X-Test", "1");
        } catch (IllegalStateException expected) {
            System.out.println("override refused: " + expected.getMessage());
        }
        try (SA02HttpHeaderCache c = cache) {
            c.begin("Host: example.org\r\nAccept: */*\r\nContent-Length: 42");
            System.out.println("host=" + c.get("Host") + " again=" + c.get("HOST"));
            System.out.println("length=" + c.get("content-length") + " missing=" + c.get("X-None"));
            c.override("Accept", "application/json");
            System.out.println("accept=" + c.get("accept") + " cached=" + c.cachedCount() + " misses=" + c.misses());
        }
        cache.close();
        System.out.println("after close: " + cache.get("Host") + " cached=" + cache.cachedCount());
        cache.begin("Host: second.example");
        System.out.println("reopened: " + cache.get("host"));
        cache.close();
    }
}
