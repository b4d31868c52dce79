package probe33;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

public class BH17DnsResolver implements AutoCloseable {
    private static final Map<String, String> HOSTS = loadHosts(System.getProperty("probe33.hosts"));

    private static Map<String, String> loadHosts(String spec) {
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : spec.split(";")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                entries.put(parts[1], parts[0]);
            }
        }
        return entries;
    }

    static String fromHostsFile(String name) {
        return HOSTS.get(name);
    }

    static boolean inHostsFile(String name) {
        return HOSTS != null && HOSTS.containsKey(name);
    }

    private final String upstream;
    private final BH17DnsResolver fallback;
    private ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
    private Map<String, Long> negativeCache = new HashMap<>();

    BH17DnsResolver(String upstream, BH17DnsResolver fallback) {
        this.upstream = upstream;
        this.fallback = fallback;
    }

    final class Lookup {
        private final String name;

        Lookup(String name) {
            this.name = name;
        }

        boolean recentlyFailed() {
            return negativeCache.containsKey(name);
        }

        String run() {
            try {
                return query(name);
            } catch (IllegalStateException servfail) {
                negativeCache = null;
                return null;
            }
        }
    }

    private String query(String name) {
        if (name.endsWith(".fail")) {
            throw new IllegalStateException("SERVFAIL " + name);
        }
        return upstream + "/" + (10 + name.length() % 200);
    }

    String resolve(String name) {
        if (inHostsFile(name)) {
            return fromHostsFile(name);
        }
        ConcurrentHashMap<String, String> c = cache;
        String hit = c == null ? null : c.get(name);
        if (hit != null) {
            return hit;
        }
        String address = new Lookup(name).run();
        if (address == null) {
            Map<String, Long> negative = negativeCache;
            if (negative != null) {
                negative.put(name, System.nanoTime());
            }
        } else if (c != null) {
            c.put(name, address);
        }
        return address;
    }

    String fromFallback(String name) {
        return fallback == null ? null : fallback.cache.get(name);
    }

    int cachedNames() {
        ConcurrentHashMap<String, String> c = cache;
        return c == null ? 0 : c.size();
    }

    @Override
    public void close() {
        cache = null;
    }

    public static void main(String[] args) throws Exception {
        BH17DnsResolver secondary = new BH17DnsResolver("8.8.8.8", null);
        BH17DnsResolver primary = new BH17DnsResolver("1.1.1.1", secondary);
        System.out.println(primary.resolve("example.com") + " " + secondary.resolve("example.org") + " " + inHostsFile("localhost"));
        System.out.println(primary.fromFallback("example.org") + " " + primary.cachedNames() + " " + primary.new Lookup("example.com").recentlyFailed());
        System.out.println(primary.resolve("db.fail") + " " + primary.cachedNames() + " " + secondary.fromFallback("x"));
        secondary.close();
        System.out.println(secondary.cachedNames() + " " + secondary.resolve("example.net") + " " + primary.resolve("example.com"));

        expect(27, () -> fromHostsFile("localhost"));
        Lookup probe = primary.new Lookup("db.fail");
        expect(52, probe::recentlyFailed);
        expect(94, () -> primary.fromFallback("example.org"));
    }

    private static final String FILE = "BH17DnsResolver.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
