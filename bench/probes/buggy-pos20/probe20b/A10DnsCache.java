package probe20b;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolver cache in front of the system resolver. The cache map is built by
 * {@link #warmUp(Map)} and dropped by {@link #flush()}.
 */
public class A10DnsCache {

    private static final String FILE = "A10DnsCache.java";

    private Map<String, String> cache;
    private final List<String> pinned = new ArrayList<>();

    private Set<String> cachedHosts() {
        return cache == null ? Collections.emptySet() : cache.keySet();
    }

    public void warmUp(Map<String, String> seed) {
        cache = new HashMap<>(seed);
    }

    public void flush() {
        cache = null;
    }

    public void pin(String host) {
        pinned.add(host);
    }

    /** Addresses of all cached hosts. */
    public List<String> cachedAddresses() {
        List<String> out = new ArrayList<>();
        for (String host : cachedHosts()) {
            out.add(cache.get(host));
        }
        return out;
    }

    /** Addresses of pinned hosts that happen to be cached. */
    public Map<String, String> pinnedAddresses() {
        Map<String, String> out = new TreeMap<>();
        for (String host : pinned) {
            String ip = cache.get(host); // BUG
            if (ip != null) {
                out.put(host, ip);
            }
        }
        return out;
    }

    /** Evicts every host resolving to {@code ip}; returns the hosts left. */
    public int evictAddress(String ip) {
        List<String> victims = new ArrayList<>();
        for (String host : cachedHosts()) {
            if (ip.equals(cache.get(host))) {
                victims.add(host);
            }
        }
        for (String host : victims) {
            cache.remove(host);
        }
        return cache.size(); // BUG
    }

    public static void main(String[] args) {
        A10DnsCache dns = new A10DnsCache();
        assert dns.cachedAddresses().isEmpty();
        assert dns.pinnedAddresses().isEmpty();
        dns.warmUp(Map.of("a.example", "10.0.0.1", "b.example", "10.0.0.2", "c.example", "10.0.0.1"));
        dns.pin("a.example");
        dns.pin("z.example");
        assert dns.pinnedAddresses().equals(Map.of("a.example", "10.0.0.1"));
        assert dns.evictAddress("10.0.0.1") == 1;
        assert dns.cachedAddresses().equals(List.of("10.0.0.2"));
        dns.flush();
        assert dns.cachedAddresses().isEmpty();

        prove(51, () -> {
            A10DnsCache d = new A10DnsCache();
            d.pin("a.example");
            d.pinnedAddresses();
        });
        prove(70, () -> new A10DnsCache().evictAddress("10.0.0.1"));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
