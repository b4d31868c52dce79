package probe35;

import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stub-resolver cache. warm() loads a sorted record table, flush() discards it.
 * All readers use an instanceof pattern on the field, which is false for null.
 */
public class SE08DnsCache {
    private SortedMap<String, String> records; // null until warm(), null after flush()
    private int misses;

    public void warm(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("host/address pairs expected");
        }
        TreeMap<String, String> table = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i].toLowerCase(), pairs[i + 1]);
        }
        records = table;
    }

    public void flush() {
        records = null;
    }

    public String resolve(String host) {
        if (records instanceof TreeMap<String, String> table) {
            String address = table.get(host.toLowerCase());
            if (address != null) {
                return address;
            }
        }
        misses++;
        throw new NoSuchElementException("NXDOMAIN " + host);
    }

    public void put(String host, String address) {
        if (!(records instanceof TreeMap<String, String> table)) {
            throw new IllegalStateException("cache not warmed");
        }
        table.put(host.toLowerCase(), address);
    }

    public String firstHostUnder(String domain) {
        if (records instanceof TreeMap<String, String> table) {
            for (String host : table.keySet()) {
                if (host.endsWith("." + domain)) {
                    return host;
                }
            }
        }
        return "";
    }

    public int size() {
        return records instanceof TreeMap<String, String> table ? table.size() : 0;
    }

    public static void main(String[] args) {
        SE08DnsCache cache = new SE08DnsCache();
        check(cache.size() == 0 && cache.firstHostUnder("example.org").isEmpty(), "cold");
        expect(NoSuchElementException.class, () -> cache.resolve("www.example.org"));
        expect(IllegalStateException.class, () -> cache.put("a.example.org", "10.0.0.1"));
        expect(IllegalArgumentException.class, () -> cache.warm("odd"));

        cache.warm("WWW.example.org", "93.184.216.34", "api.example.org", "93.184.216.35");
        cache.put("cdn.example.net", "10.1.1.1");
        check(cache.resolve("www.EXAMPLE.org").equals("93.184.216.34"), "resolve");
        check(cache.firstHostUnder("example.org").equals("api.example.org"), "sorted");
        check(cache.size() == 3, "size");
        expect(NoSuchElementException.class, () -> cache.resolve("missing.example.org"));

        for (int round = 0; round < 2; round++) {
            cache.flush();
            check(cache.size() == 0 && cache.firstHostUnder("example.net").isEmpty(), "flushed");
            expect(NoSuchElementException.class, () -> cache.resolve("cdn.example.net"));
            expect(IllegalStateException.class, () -> cache.put("x.example.net", "10.0.0.2"));
        }

        cache.warm("mail.example.com", "10.2.2.2");
        check(cache.resolve("mail.example.com").equals("10.2.2.2") && cache.size() == 1, "rewarmed");
        check(cache.misses == 4, "miss count " + cache.misses);
        System.out.println("SE08DnsCache ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
