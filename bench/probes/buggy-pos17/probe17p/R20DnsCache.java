package probe17p;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A DNS cache with a double-checked lazy map; invalidate() nulls it and two methods read the raw field. */
public class R20DnsCache {

    private final Map<String, String> upstream;
    private volatile Map<String, String> entries;

    public R20DnsCache(Map<String, String> upstream) {
        this.upstream = Map.copyOf(upstream);
    }

    private Map<String, String> entries() {
        Map<String, String> e = entries;
        if (e == null) {
            synchronized (this) {
                e = entries;
                if (e == null) {
                    e = new ConcurrentHashMap<>(upstream);
                    entries = e;
                }
            }
        }
        return e;
    }

    public String resolve(String host) {
        return entries().getOrDefault(host, "NXDOMAIN");
    }

    public void invalidate() {
        entries = null;
    }

    public Set<String> cachedHosts() {
        return new TreeSet<>(entries.keySet()); // BUG
    }

    public void pin(String host, String ip) {
        Map<String, String> e = entries;
        e.put(host, ip); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R20DnsCache.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R20DnsCache.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R20DnsCache dns = new R20DnsCache(Map.of("example.org", "93.184.216.34", "intra.local", "10.0.0.7"));
        System.out.println("example.org -> " + dns.resolve("example.org"));
        dns.pin("db.local", "10.0.0.9");
        System.out.println("cached " + dns.cachedHosts());

        prove(41, () -> {
            R20DnsCache fresh = new R20DnsCache(Map.of("a.test", "1.2.3.4"));
            System.out.println(fresh.cachedHosts()); // admin endpoint before any lookup
        });
        prove(46, () -> {
            dns.invalidate(); // TTL expiry
            dns.pin("db.local", "10.0.0.10");
        });
    }
}
