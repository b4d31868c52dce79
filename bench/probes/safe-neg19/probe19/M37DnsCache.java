package probe19;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Resolver cache rebuilt from a hosts source whenever it expires or is flushed. */
public class M37DnsCache {
    private final Consumer<Map<String, String>> hostsSource;
    private final long ttlMillis;
    private Map<String, String> entries;
    private long expiresAt;
    private int rebuilds;
    private int sourceFailures;

    public M37DnsCache(Consumer<Map<String, String>> hostsSource, long ttlMillis) {
        this.hostsSource = hostsSource;
        this.ttlMillis = ttlMillis;
    }

    private void rebuild(long now) {
        Map<String, String> fresh = new HashMap<>();
        try {
            hostsSource.accept(fresh);
        } catch (RuntimeException e) {
            sourceFailures++;
            fresh.clear();
        }
        entries = fresh;
        expiresAt = now + ttlMillis;
        rebuilds++;
    }

    public Optional<String> resolve(String host, long now) {
        if (entries == null || now >= expiresAt) {
            rebuild(now);
        }
        return Optional.ofNullable(entries.get(host.toLowerCase()));
    }

    public void flush() {
        entries = null;
    }

    public int cachedHosts() {
        return entries == null ? 0 : entries.size();
    }

    public String stats() {
        return "rebuilds=" + rebuilds + " failures=" + sourceFailures + " cached=" + cachedHosts();
    }

    public static void main(String[] args) {
        int[] calls = {0};
        M37DnsCache[] holder = new M37DnsCache[1];
        M37DnsCache cache = new M37DnsCache(map -> {
            calls[0]++;
            map.put("localhost", "127.0.0.1");
            map.put("db.internal", "10.0.0." + calls[0]);
            if (calls[0] == 3) {
                throw new IllegalStateException("hosts file locked");
            }
            if (calls[0] == 4) {
                holder[0].flush();
            }
        }, 1000);
        holder[0] = cache;
        System.out.println(cache.cachedHosts() + " " + cache.stats());
        cache.flush();
        System.out.println(cache.resolve("DB.internal", 0) + " " + cache.resolve("localhost", 500));
        System.out.println(cache.resolve("db.internal", 1000) + " " + cache.stats());
        cache.flush();
        cache.flush();
        System.out.println(cache.resolve("localhost", 1100) + " " + cache.stats());
        System.out.println(cache.resolve("db.internal", 5000) + " " + cache.stats());
    }
}
