package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** TTL-based DNS answer cache of a resolver; guards use short-circuiting null-or-empty tests. */
public class SD12DnsCache {
    private record Answer(String address, long expiresAt) { }

    private Map<String, Answer> entries; // null until the first store and after flush()
    private long now;

    public void advanceClock(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("time runs forward");
        }
        now += millis;
    }

    public void store(String host, String address, long ttlMillis) {
        if (ttlMillis <= 0) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        if (entries == null) {
            entries = new HashMap<>();
        }
        entries.put(host, new Answer(address, now + ttlMillis));
    }

    public String lookup(String host) {
        if (entries == null || !entries.containsKey(host)) {
            return null;
        }
        Answer a = entries.get(host);
        if (a.expiresAt() <= now) {
            entries.remove(host);
            return null;
        }
        return a.address();
    }

    public int purgeExpired() {
        if (entries == null || entries.isEmpty()) {
            return 0;
        }
        int before = entries.size();
        entries.values().removeIf(a -> a.expiresAt() <= now);
        int purged = before - entries.size();
        if (entries.isEmpty()) {
            entries = null;
        }
        return purged;
    }

    public int size() {
        if (entries == null || entries.isEmpty()) {
            return 0;
        }
        return entries.size();
    }

    public void flush() {
        entries = null;
    }

    private static void exerciseEmpty(SD12DnsCache dns) {
        check(dns.lookup("example.org") == null, "lookup while empty");
        check(dns.purgeExpired() == 0, "purge while empty");
        check(dns.size() == 0, "size while empty");
        expect(IllegalArgumentException.class, () -> dns.store("a", "1.1.1.1", 0));
        expect(IllegalArgumentException.class, () -> dns.advanceClock(-1));
        dns.advanceClock(1);
        dns.flush();
    }

    public static void main(String[] args) {
        SD12DnsCache dns = new SD12DnsCache();
        exerciseEmpty(dns);

        dns.store("example.org", "93.184.216.34", 100);
        dns.store("short.test", "10.0.0.1", 10);
        check("93.184.216.34".equals(dns.lookup("example.org")), "fresh answer");
        check(dns.lookup("unknown.test") == null, "unknown host");
        check(dns.size() == 2, "two entries");
        dns.advanceClock(20);
        check(dns.lookup("short.test") == null && dns.size() == 1, "expired on lookup");
        dns.store("other.test", "10.0.0.2", 5);
        dns.advanceClock(10);
        check(dns.purgeExpired() == 1 && dns.size() == 1, "purge one");
        dns.advanceClock(100);
        check(dns.purgeExpired() == 1, "purge last entry drops the map");
        exerciseEmpty(dns);

        dns.store("x.test", "10.9.9.9", 50);
        expect(IllegalArgumentException.class, () -> dns.store("x.test", "1", -5));
        dns.flush();
        exerciseEmpty(dns);
        dns.flush();
        exerciseEmpty(dns);

        dns.store("again.test", "10.1.1.1", 30);
        dns.advanceClock(10);
        check("10.1.1.1".equals(dns.lookup("again.test")) && dns.size() == 1, "recreated");
        check(dns.purgeExpired() == 0, "nothing expired after recreate");
        dns.flush();
        exerciseEmpty(dns);
        System.out.println("SD12DnsCache ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
