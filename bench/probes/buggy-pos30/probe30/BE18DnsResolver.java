package probe30;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stub DNS resolver: static hosts, positive and negative caches, and a priming subclass. */
public final class BE18DnsResolver {

    private static final String FILE = "BE18DnsResolver.java";

    static class Resolver {
        Resolver(List<String> seeds) {
            for (String host : seeds) {
                prime(host);
            }
        }

        protected void prime(String host) {
            // plain resolvers have nothing to pre-compute
        }

        String lookup(String host) {
            return synth(host);
        }

        static String synth(String host) {
            return "10.0.0." + (Math.abs(host.hashCode()) % 250 + 1);
        }
    }

    static final class CachingResolver extends Resolver {
        private final Map<String, String> cache;

        CachingResolver(List<String> seeds) {
            super(seeds);
            this.cache = new HashMap<>();
        }

        @Override
        protected void prime(String host) {
            cache.put(host, synth(host));
        }

        @Override
        String lookup(String host) {
            return cache.computeIfAbsent(host, Resolver::synth);
        }
    }

    private final Resolver upstream;
    private final Map<String, String> staticHosts;
    private Map<String, Long> negativeCache = new HashMap<>();

    private BE18DnsResolver(Resolver upstream, Map<String, String> staticHosts) {
        this.upstream = upstream;
        this.staticHosts = staticHosts;
    }

    static final class Builder {
        private Resolver upstream = new Resolver(List.of());
        private Map<String, String> hosts;

        Builder upstream(Resolver r) {
            this.upstream = r;
            return this;
        }

        Builder host(String name, String ip) {
            if (hosts == null) {
                hosts = new HashMap<>();
            }
            hosts.put(name, ip);
            return this;
        }

        BE18DnsResolver build() {
            return new BE18DnsResolver(upstream, hosts);
        }
    }

    String resolve(String host, long now) {
        if (staticHosts != null && staticHosts.containsKey(host)) {
            return staticHosts.get(host);
        }
        Map<String, Long> neg = negativeCache;
        if (neg != null && neg.getOrDefault(host, 0L) > now) {
            return null;
        }
        return host.endsWith(".invalid") ? null : upstream.lookup(host);
    }

    void pin(String host, String ip) {
        staticHosts.put(host, ip);
    }

    void markFailure(String host, long until) {
        negativeCache.put(host, until);
    }

    void flush() {
        negativeCache = null;
    }

    void reopen() {
        negativeCache = new HashMap<>();
    }

    public static void main(String[] args) {
        CachingResolver warm = new CachingResolver(List.of());
        warm.prime("db.local");
        BE18DnsResolver dns = new Builder().upstream(warm).host("gateway", "192.168.0.1").build();
        dns.pin("printer", "192.168.0.9");
        dns.markFailure("flaky.example", 100L);
        System.out.println(dns.resolve("gateway", 0L) + " " + dns.resolve("printer", 0L) + " "
                + dns.resolve("flaky.example", 50L) + " " + dns.resolve("db.local", 0L));
        dns.flush();
        System.out.println("after flush " + dns.resolve("flaky.example", 50L));
        dns.reopen();
        dns.markFailure("down.example", 10L);
        BE18DnsResolver plain = new Builder().build();
        System.out.println("plain " + plain.resolve("example.org", 0L) + " " + plain.resolve("x.invalid", 0L));

        try {
            new CachingResolver(List.of("api.local", "db.local"));
            miss(42);
        } catch (NullPointerException e) {
            expect(e, 42);
        }
        try {
            plain.pin("nas", "192.168.0.20");
            miss(94);
        } catch (NullPointerException e) {
            expect(e, 94);
        }
        try {
            dns.flush();
            dns.markFailure("down.example", 20L);
            miss(98);
        } catch (NullPointerException e) {
            expect(e, 98);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
