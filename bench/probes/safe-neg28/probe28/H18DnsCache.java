package probe28;

import java.util.HashMap;
import java.util.Map;

/**
 * Stub DNS resolver with a switchable caching policy. Switching to BYPASS
 * drops the cache map; the switch expression checks it in each caching arm.
 */
public class H18DnsCache {
    public enum Policy { CACHE, BYPASS, READ_ONLY }

    private final Map<String, String> upstreamZone;
    private Policy policy = Policy.BYPASS;
    private HashMap<String, String> cache; // null under BYPASS and before the first CACHE lookup
    private int upstreamQueries;

    public H18DnsCache(Map<String, String> upstreamZone) {
        this.upstreamZone = Map.copyOf(upstreamZone);
    }

    public void setPolicy(Policy p) {
        policy = p;
        if (p == Policy.BYPASS) {
            cache = null;
        }
    }

    private String upstream(String host) {
        upstreamQueries++;
        return upstreamZone.getOrDefault(host, "NXDOMAIN");
    }

    public String resolve(String host) {
        return switch (policy) {
            case BYPASS -> upstream(host);
            case CACHE -> {
                if (cache == null) {
                    cache = new HashMap<>();
                }
                yield cache.computeIfAbsent(host, this::upstream);
            }
            case READ_ONLY -> {
                String hit = cache == null ? null : cache.get(host);
                yield hit != null ? hit : upstream(host);
            }
        };
    }

    public int cachedEntries() {
        return switch (policy) {
            case BYPASS -> 0;
            case CACHE, READ_ONLY -> cache == null ? 0 : cache.size();
        };
    }

    public void evict(String host) {
        if (cache != null) {
            cache.remove(host);
        }
    }

    public int upstreamQueries() {
        return upstreamQueries;
    }

    public static void main(String[] args) {
        H18DnsCache dns = new H18DnsCache(Map.of("example.com", "93.184.216.34", "localhost", "127.0.0.1"));
        assert dns.resolve("example.com").equals("93.184.216.34");
        assert dns.cachedEntries() == 0;
        dns.evict("example.com");
        dns.setPolicy(Policy.READ_ONLY);
        assert dns.resolve("localhost").equals("127.0.0.1");
        assert dns.cachedEntries() == 0;
        dns.setPolicy(Policy.CACHE);
        assert dns.cachedEntries() == 0;
        assert dns.resolve("localhost").equals("127.0.0.1");
        assert dns.resolve("localhost").equals("127.0.0.1");
        assert dns.resolve("nope.invalid").equals("NXDOMAIN");
        assert dns.cachedEntries() == 2;
        dns.setPolicy(Policy.READ_ONLY);
        assert dns.resolve("localhost").equals("127.0.0.1");
        dns.evict("localhost");
        assert dns.cachedEntries() == 1;
        dns.setPolicy(Policy.BYPASS);
        assert dns.cachedEntries() == 0;
        dns.evict("nope.invalid");
        dns.setPolicy(Policy.READ_ONLY);
        assert dns.resolve("nope.invalid").equals("NXDOMAIN");
        assert dns.upstreamQueries() == 5 : dns.upstreamQueries();
        System.out.println("upstream queries: " + dns.upstreamQueries());
    }
}
