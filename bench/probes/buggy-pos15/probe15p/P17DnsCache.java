package probe15p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

public class P17DnsCache {
    record Entry(String host, String address, long expiresAt) {}

    private final Map<String, Entry> byHost = new HashMap<>();
    private final SortedMap<Long, List<String>> expiryIndex;
    private final boolean ttlEnabled;

    public P17DnsCache(boolean ttlEnabled) {
        this.ttlEnabled = ttlEnabled;
        this.expiryIndex = ttlEnabled ? new TreeMap<>() : null;
    }

    public void put(String host, String address, long ttlMillis, long now) {
        Entry entry = new Entry(host, address, now + ttlMillis);
        byHost.put(host, entry);
        if (expiryIndex != null) {
            expiryIndex.computeIfAbsent(entry.expiresAt(), k -> new ArrayList<>()).add(host);
        }
    }

    public String resolve(String host, long now) {
        Entry entry = byHost.get(host);
        if (entry == null) return null;
        if (ttlEnabled && entry.expiresAt() <= now) return null;
        return entry.address();
    }

    public int evictExpired(long now) {
        SortedMap<Long, List<String>> due = expiryIndex.headMap(now + 1); // BUG
        int evicted = 0;
        for (List<String> hosts : due.values()) {
            for (String host : hosts) {
                Entry entry = byHost.get(host);
                if (entry != null && entry.expiresAt() <= now) {
                    byHost.remove(host);
                    evicted++;
                }
            }
        }
        due.clear();
        return evicted;
    }

    public long nextExpiry() {
        return expiryIndex.isEmpty() ? Long.MAX_VALUE : expiryIndex.firstKey(); // BUG
    }

    public static void main(String[] args) {
        long now = 1_700_000_000_000L;
        P17DnsCache ttlCache = new P17DnsCache(true);
        ttlCache.put("api.internal", "10.1.0.4", 30_000, now);
        ttlCache.put("db.internal", "10.1.0.9", 300_000, now);
        System.out.println("next=" + ttlCache.nextExpiry() + " evicted=" + ttlCache.evictExpired(now + 60_000)
                + " api=" + ttlCache.resolve("api.internal", now + 60_000) + " db=" + ttlCache.resolve("db.internal", now + 60_000));

        P17DnsCache staticCache = new P17DnsCache(false);
        staticCache.put("gateway", "192.168.0.1", 0, now);
        System.out.println("gateway=" + staticCache.resolve("gateway", now + 1_000_000));
        prove(() -> staticCache.evictExpired(now + 5_000));
        prove(() -> staticCache.nextExpiry());
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
