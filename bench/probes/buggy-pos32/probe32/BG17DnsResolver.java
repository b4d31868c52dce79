package probe32;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

public final class BG17DnsResolver {
    private static final String FILE = "BG17DnsResolver.java";

    record Config(boolean useSystemResolver, List<String> searchDomains) { }

    interface HostsProvider {
        // returns null when no hosts file is available
        Map<String, String> hosts();
    }

    static final class Resolver implements Serializable {
        private static final long serialVersionUID = 1L;

        private final HashMap<String, String> cache = new HashMap<>();
        private transient Map<String, Long> negativeCache = new HashMap<>();
        private transient Map<String, String> staticHosts;
        private transient LinkedHashMap<String, Integer> searchDomains;
        private transient UnaryOperator<String> upstream;

        // must be called after construction and after deserialisation
        void init(Config config, HostsProvider provider, UnaryOperator<String> upstream) {
            this.upstream = upstream;
            this.staticHosts = provider.hosts();
            if (config.useSystemResolver()) {
                return;
            }
            LinkedHashMap<String, Integer> domains = new LinkedHashMap<>();
            for (String domain : config.searchDomains()) {
                domains.put(domain, domains.size());
            }
            this.searchDomains = domains;
        }

        String resolve(String name) {
            String fixed = staticHosts.get(name);
            if (fixed != null) {
                return fixed;
            }
            if (negativeCache.containsKey(name)) {
                return null;
            }
            String cached = cache.get(name);
            if (cached != null) {
                return cached;
            }
            for (String candidate : candidates(name)) {
                String address = upstream.apply(candidate);
                if (address != null) {
                    cache.put(name, address);
                    return address;
                }
            }
            Map<String, Long> negative = negativeCache;
            if (negative != null) {
                negative.merge(name, 1L, Long::sum);
            }
            return null;
        }

        List<String> candidates(String name) {
            if (name.endsWith(".")) {
                return List.of(name.substring(0, name.length() - 1));
            }
            List<String> out = new ArrayList<>();
            for (String domain : searchDomains.keySet()) {
                out.add(name + "." + domain);
            }
            out.add(name);
            return out;
        }

        int searchRank(String domain) {
            LinkedHashMap<String, Integer> domains = searchDomains;
            return domains == null ? -1 : domains.getOrDefault(domain, -1);
        }

        int hostsEntries() {
            Map<String, String> hosts = staticHosts;
            return hosts == null ? 0 : hosts.size();
        }

        long misses(String name) {
            Map<String, Long> negative = negativeCache;
            return negative == null ? 0L : negative.getOrDefault(name, 0L);
        }
    }

    static Resolver roundTrip(Resolver resolver) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(resolver);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Resolver) in.readObject();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> zone = Map.of("db.corp.example", "10.0.0.5", "www", "10.0.0.80");
        UnaryOperator<String> dns = zone::get;
        Config corp = new Config(false, List.of("corp.example", "example"));
        HostsProvider etcHosts = () -> Map.of("localhost", "127.0.0.1");
        Resolver resolver = new Resolver();
        resolver.init(corp, etcHosts, dns);
        System.out.println(resolver.resolve("localhost") + " " + resolver.resolve("db") + " " + resolver.resolve("www."));
        System.out.println("missing=" + resolver.resolve("nope") + "/" + resolver.resolve("nope") + " misses=" + resolver.misses("nope"));
        System.out.println("rank=" + resolver.searchRank("example") + " hosts=" + resolver.hostsEntries());
        Resolver system = new Resolver();
        system.init(new Config(true, List.of()), etcHosts, dns);
        System.out.println("system rank=" + system.searchRank("example") + " fqdn=" + system.resolve("www."));

        Resolver noHosts = new Resolver();
        noHosts.init(corp, () -> null, dns);
        System.out.println("no hosts entries=" + noHosts.hostsEntries());
        expectNpe(50, () -> noHosts.resolve("db"));

        Resolver restored = roundTrip(resolver);
        restored.init(corp, etcHosts, dns);
        System.out.println("restored misses=" + restored.misses("nope") + " cached=" + restored.cache.size());
        expectNpe(54, () -> restored.resolve("db"));

        expectNpe(80, () -> system.resolve("www"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
