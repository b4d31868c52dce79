package probe20;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class S16DnsResolverCache {
    private final Map<String, List<String>> zone;
    private Map<String, List<String>> cache;
    private Map<String, Long> expiresAt;
    private long now;
    private int upstreamQueries;

    public S16DnsResolverCache(Map<String, List<String>> zone) {
        this.zone = zone;
    }

    public List<String> resolve(String host) {
        if (cache != null && expiresAt != null) {
            Long exp = expiresAt.get(host);
            if (exp != null && exp > now) {
                return cache.get(host);
            }
        }
        upstreamQueries++;
        List<String> addrs = zone.getOrDefault(host, List.of());
        if (cache == null || expiresAt == null) {
            cache = new HashMap<>();
            expiresAt = new HashMap<>();
        }
        cache.put(host, addrs);
        expiresAt.put(host, now + 30);
        return addrs;
    }

    public void tick(long seconds) {
        now += seconds;
    }

    public void invalidate() {
        cache = null;
        expiresAt = null;
    }

    public int cachedHosts() {
        return cache == null ? 0 : cache.size();
    }

    public static void main(String[] args) {
        Map<String, List<String>> zone = new HashMap<>();
        zone.put("api.local", List.of("10.0.0.5", "10.0.0.6"));
        zone.put("db.local", List.of("10.0.1.2"));
        S16DnsResolverCache r = new S16DnsResolverCache(zone);
        System.out.println(r.resolve("api.local"));
        System.out.println(r.resolve("api.local"));
        System.out.println("queries=" + r.upstreamQueries + " cached=" + r.cachedHosts());
        r.tick(31);
        System.out.println(r.resolve("api.local"));
        System.out.println("queries=" + r.upstreamQueries);
        r.invalidate();
        System.out.println("cached after invalidate=" + r.cachedHosts());
        System.out.println(r.resolve("db.local"));
        System.out.println(r.resolve("missing.local"));
        System.out.println("queries=" + r.upstreamQueries + " cached=" + r.cachedHosts());
    }
}
