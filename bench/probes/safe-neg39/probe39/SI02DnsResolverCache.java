package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small DNS answer cache in front of a resolver. Caching is optional: the record table exists
 * only between {@link #enableCaching(int)} and {@link #disableCaching()}. Every method that
 * needs the table returns early when it is absent.
 *
 * <p>This class is single-threaded: use one instance per resolver thread.
 */
public final class SI02DnsResolverCache {
    private LinkedHashMap<String, List<String>> records; // null while caching is disabled
    private int capacity;
    private int hits;
    private int misses;

    public void enableCaching(int maxHosts) {
        if (maxHosts <= 0) {
            throw new IllegalArgumentException("maxHosts must be positive");
        }
        capacity = maxHosts;
        if (records != null) {
            return;
        }
        records = new LinkedHashMap<>(16, 0.75f, true);
    }

    public void disableCaching() {
        records = null;
        hits = 0;
        misses = 0;
    }

    public List<String> lookup(String host) {
        String key = normalize(host);
        if (records == null) {
            misses++;
            return List.of();
        }
        List<String> answer = records.get(key);
        if (answer == null) {
            misses++;
            return List.of();
        }
        hits++;
        return answer;
    }

    public void store(String host, List<String> addresses) {
        String key = normalize(host);
        if (addresses == null || addresses.isEmpty()) {
            throw new IllegalArgumentException("addresses must be a non-empty list");
        }
        List<String> copy = new ArrayList<>();
        for (String address : addresses) {
            if (address == null) {
                throw new IllegalArgumentException("addresses must not contain null");
            }
            copy.add(address);
        }
        if (records == null) {
            return;
        }
        records.put(key, List.copyOf(copy));
        if (records.size() > capacity) {
            String eldest = records.keySet().iterator().next();
            records.remove(eldest);
        }
    }

    public boolean evict(String host) {
        String key = normalize(host);
        if (records == null) {
            return false;
        }
        return records.remove(key) != null;
    }

    public List<String> cachedHosts() {
        if (records == null) {
            return List.of();
        }
        return new ArrayList<>(records.keySet());
    }

    public String stats() {
        if (records == null) {
            return "cache off";
        }
        return records.size() + "/" + capacity + " hosts, " + hits + " hits, " + misses + " misses";
    }

    private static String normalize(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be non-blank");
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI02DnsResolverCache cache = new SI02DnsResolverCache();
        cache.store("example.org", List.of("93.184.216.34"));
        check(cache.lookup("example.org").isEmpty(), "nothing cached while off");
        check(!cache.evict("example.org"), "nothing to evict while off");
        check(cache.cachedHosts().isEmpty(), "no hosts while off");
        check(cache.stats().equals("cache off"), cache.stats());
        expect(IllegalArgumentException.class, () -> cache.lookup(null));
        expect(IllegalArgumentException.class, () -> cache.store("a.org", null));
        expect(IllegalArgumentException.class, () -> cache.store("a.org", new ArrayList<>(List.of())));
        expect(IllegalArgumentException.class, () -> cache.store("a.org", java.util.Arrays.asList("1.1.1.1", null)));
        expect(IllegalArgumentException.class, () -> cache.enableCaching(0));

        cache.enableCaching(2);
        cache.enableCaching(2);
        cache.store("Example.ORG.", List.of("93.184.216.34"));
        cache.store("a.test", List.of("10.0.0.1", "10.0.0.2"));
        check(cache.lookup("example.org").equals(List.of("93.184.216.34")), "cached answer");
        cache.store("b.test", List.of("10.0.0.3"));
        check(cache.cachedHosts().equals(List.of("example.org", "b.test")), cache.cachedHosts().toString());
        check(cache.lookup("a.test").isEmpty(), "a.test evicted as eldest");
        check(cache.evict("b.test"), "evicted b.test");
        check(cache.stats().startsWith("1/2 hosts, 1 hits"), cache.stats());

        cache.disableCaching();
        cache.disableCaching();
        check(cache.lookup("example.org").isEmpty(), "empty after disable");
        cache.store("c.test", List.of("10.0.0.4"));
        check(!cache.evict("c.test"), "nothing stored while off");

        cache.enableCaching(4);
        cache.store("c.test", List.of("10.0.0.4"));
        check(cache.lookup("C.test").equals(List.of("10.0.0.4")), "cached again after re-enable");
        System.out.println("OK SI02DnsResolverCache");
    }
}
