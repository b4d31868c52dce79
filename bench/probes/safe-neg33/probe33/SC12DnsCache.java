package probe33;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A positive/negative DNS lookup cache in the spirit of InetAddress's internal cache.
 * Entries expire by a logical clock. The map is allocated when the first answer is stored
 * and released by flush().
 */
public class SC12DnsCache {

    private record Entry(List<String> addresses, long expiresAt) {
    }

    private final long ttl;
    private long now;
    private Map<String, Entry> entries;
    private int hits;
    private int misses;

    public SC12DnsCache(long ttl) {
        if (ttl <= 0) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        this.ttl = ttl;
    }

    public void tick(long delta) {
        now += delta;
    }

    public void store(String host, List<String> addresses) {
        if (entries == null) {
            entries = new HashMap<>();
        }
        entries.put(host, new Entry(List.copyOf(addresses), now + ttl));
    }

    /** Returns the cached addresses, or null on a miss (absent or expired). */
    public List<String> lookup(String host) {
        if (entries == null) {
            misses++;
            return null;
        }
        Entry e = entries.get(host);
        if (e == null || e.expiresAt() <= now) {
            if (e != null) {
                entries.remove(host);
            }
            misses++;
            return null;
        }
        hits++;
        return e.addresses();
    }

    public void flush() {
        entries = null;
    }

    public String stats() {
        int size = entries == null ? 0 : entries.size();
        return "size=" + size + " hits=" + hits + " misses=" + misses;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        try {
            new SC12DnsCache(0);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        SC12DnsCache c = new SC12DnsCache(30);
        c.flush();
        check(c.lookup("a.example") == null, "miss before any store");
        check(c.stats().equals("size=0 hits=0 misses=1"), "stats 0 " + c.stats());
        c.tick(5);

        c.store("a.example", List.of("10.0.0.1"));
        c.store("b.example", List.of("10.0.0.2", "10.0.0.3"));
        check(c.lookup("a.example").equals(List.of("10.0.0.1")), "hit a");
        c.tick(29);
        check(c.lookup("b.example").size() == 2, "hit b");
        c.tick(1);
        check(c.lookup("a.example") == null, "expired a");
        check(c.stats().equals("size=1 hits=2 misses=2"), "stats 1 " + c.stats());

        for (int i = 0; i < 2; i++) {
            c.flush();
            check(c.lookup("b.example") == null, "flushed");
            c.tick(1);
            check(c.stats().startsWith("size=0"), "flushed stats");
        }
        c.store("c.example", List.of("10.0.0.9"));
        check(c.lookup("c.example").get(0).equals("10.0.0.9"), "restored");
        check(c.stats().equals("size=1 hits=3 misses=4"), "stats end " + c.stats());
        System.out.println("SC12 ok " + c.stats());
    }
}
