package probe38;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * GeoIP lookup over a range database ("first-address country" per line).
 * The range map is parsed lazily by the private {@link #init()}, which
 * returns true exactly when the map is usable afterwards; every caller tests
 * that boolean before touching the map. attach() and detach() drop the parsed
 * map so it is rebuilt from the new source. Single-threaded.
 */
public final class SH33GeoIpLookup {

    private String database;                   // raw database text; null when detached
    private NavigableMap<Long, String> ranges; // parsed lazily; null until init() succeeds
    private int parses;

    /** Returns true iff {@code ranges} is non-null when it returns. */
    private boolean init() {
        if (ranges != null) {
            return true;
        }
        if (database == null) {
            return false;
        }
        NavigableMap<Long, String> parsed = new TreeMap<>();
        for (String line : database.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            long start = parts.length == 2 ? parseIp(parts[0]) : -1;
            if (start < 0) {
                return false; // corrupt database: stay unavailable
            }
            parsed.put(start, parts[1]);
        }
        if (parsed.isEmpty()) {
            return false;
        }
        ranges = parsed;
        parses++;
        return true;
    }

    public void attach(String db) {
        if (db == null) {
            throw new IllegalArgumentException("db");
        }
        database = db;
        ranges = null;
    }

    public void detach() {
        database = null;
        ranges = null;
    }

    public String countryOf(String ip) {
        long addr = parseIp(ip);
        if (addr < 0) {
            throw new IllegalArgumentException("not an IPv4 address: " + ip);
        }
        if (!init()) {
            return "??";
        }
        Map.Entry<Long, String> e = ranges.floorEntry(addr);
        return e == null ? "??" : e.getValue();
    }

    public int rangeCount() {
        return init() ? ranges.size() : 0;
    }

    static long parseIp(String ip) {
        if (ip == null) {
            return -1;
        }
        String[] octets = ip.split("\\.", -1);
        if (octets.length != 4) {
            return -1;
        }
        long value = 0;
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return -1;
            }
            int n = Integer.parseInt(o);
            if (n > 255) {
                return -1;
            }
            value = value * 256 + n;
        }
        return value;
    }

    public static void main(String[] args) {
        SH33GeoIpLookup geo = new SH33GeoIpLookup();
        // phase 1: before the map exists
        check("??".equals(geo.countryOf("8.8.8.8")) && geo.rangeCount() == 0, "no database");
        expect(IllegalArgumentException.class, () -> geo.countryOf("8.8.8"));
        geo.attach("1.0.0.0 AU\nbroken line here");
        check("??".equals(geo.countryOf("1.2.3.4")) && geo.rangeCount() == 0, "corrupt database stays unavailable");
        // phase 2: while it exists
        geo.attach("# ranges\n1.0.0.0 AU\n8.0.0.0 US\n80.0.0.0 DE\n");
        check("US".equals(geo.countryOf("8.8.8.8")) && "DE".equals(geo.countryOf("81.2.3.4")), "lookups");
        check("??".equals(geo.countryOf("0.1.2.3")) && geo.rangeCount() == 3, "below first range");
        // phase 3: after it is dropped (twice)
        geo.detach();
        geo.detach();
        check("??".equals(geo.countryOf("8.8.8.8")) && geo.rangeCount() == 0, "detached");
        // phase 4: created again
        geo.attach("0.0.0.0 ZZ");
        check("ZZ".equals(geo.countryOf("200.1.1.1")) && geo.rangeCount() == 1, "reattached");
        System.out.println("SH33GeoIpLookup OK parses=" + geo.parses);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
