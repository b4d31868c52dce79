package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Stub DNS resolver. Whether it caches is fixed at construction by a final flag; the cache map is
 * allocated only in caching mode and every access is guarded by that flag.
 */
public final class SF17DnsResolver {
    private final boolean caching;
    private final Map<String, String> zone; // the "upstream" authoritative data
    private HashMap<String, String> cache;  // allocated only when caching == true
    private int upstreamQueries;

    public SF17DnsResolver(Map<String, String> zone, boolean caching) {
        this.zone = Map.copyOf(zone);
        this.caching = caching;
        if (caching) {
            cache = new HashMap<>();
        }
    }

    public String resolve(String host) {
        String name = host.toLowerCase(java.util.Locale.ROOT);
        if (caching) {
            String hit = cache.get(name);
            if (hit != null) {
                return hit;
            }
        }
        upstreamQueries++;
        String address = zone.get(name);
        if (address == null) {
            throw new NoSuchElementException("NXDOMAIN " + host);
        }
        if (caching) {
            cache.put(name, address);
        }
        return address;
    }

    public void pin(String host, String address) {
        if (!caching) {
            throw new UnsupportedOperationException("resolver was built without a cache");
        }
        if (!address.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("not an IPv4 address: " + address);
        }
        cache.put(host.toLowerCase(java.util.Locale.ROOT), address);
    }

    public int cachedEntries() {
        return caching ? cache.size() : 0;
    }

    /** Drops all cached answers by swapping in a fresh table. */
    public void flush() {
        if (!caching) {
            throw new UnsupportedOperationException("resolver was built without a cache");
        }
        cache = new HashMap<>();
    }

    public int upstreamQueries() {
        return upstreamQueries;
    }

    public static void main(String[] args) {
        Map<String, String> zone = Map.of("example.org", "93.184.216.34", "intranet", "10.0.0.7");
        // Phase 1: a resolver whose cache never exists.
        SF17DnsResolver direct = new SF17DnsResolver(zone, false);
        check(direct.resolve("Example.org").equals("93.184.216.34"), "direct lookup");
        check(direct.resolve("example.org").equals("93.184.216.34"), "direct lookup again");
        check(direct.upstreamQueries() == 2 && direct.cachedEntries() == 0, "no caching");
        expect(NoSuchElementException.class, () -> direct.resolve("missing.test"));
        expect(UnsupportedOperationException.class, () -> direct.pin("a", "1.2.3.4"));
        expect(UnsupportedOperationException.class, direct::flush);
        // Phase 2: caching resolver.
        SF17DnsResolver cached = new SF17DnsResolver(zone, true);
        cached.resolve("intranet");
        cached.resolve("INTRANET");
        check(cached.upstreamQueries() == 1 && cached.cachedEntries() == 1, "second lookup served from cache");
        cached.pin("printer", "10.0.0.99");
        check(cached.resolve("printer").equals("10.0.0.99"), "pinned entry");
        expect(IllegalArgumentException.class, () -> cached.pin("bad", "not-an-ip"));
        expect(NoSuchElementException.class, () -> cached.resolve("nowhere"));
        // Phase 3: flushed, twice; the old answers are gone and a new table is used.
        for (int round = 0; round < 2; round++) {
            cached.flush();
            check(cached.cachedEntries() == 0, "empty after flush");
            expect(NoSuchElementException.class, () -> cached.resolve("printer"));
            check(cached.resolve("example.org").equals("93.184.216.34"), "upstream after flush");
        }
        // Phase 4: another pair of resolvers, one of each mode.
        SF17DnsResolver again = new SF17DnsResolver(zone, true);
        SF17DnsResolver plain = new SF17DnsResolver(zone, false);
        check(again.resolve("intranet").equals(plain.resolve("intranet")), "same answers");
        check(again.cachedEntries() == 1 && plain.cachedEntries() == 0, "only one caches");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
