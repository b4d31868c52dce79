package probe27;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolver with an optional hosts file. Invariant: {@code hostsFile != null} implies {@code hosts != null};
 * both are assigned together (map first), and readers test the sibling String instead of the map.
 */
public final class F32HostsResolver {
    private String hostsFile;          // name of the loaded hosts file, or null
    private Map<String, String> hosts; // non-null whenever hostsFile is non-null
    private final Map<String, String> dns;
    private int dnsQueries;

    public F32HostsResolver(Map<String, String> dns) { this.dns = Map.copyOf(dns); }

    public void loadHosts(String fileName, String content) {
        if (fileName == null) throw new IllegalArgumentException("file name required");
        Map<String, String> parsed = new HashMap<>();
        for (String line : content.split("\n")) {
            int hash = line.indexOf('#');
            String l = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (l.isEmpty()) continue;
            String[] parts = l.split("\\s+");
            for (int i = 1; i < parts.length; i++) parsed.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), parts[0]);
        }
        hosts = parsed;      // map first ...
        hostsFile = fileName; // ... then the flag-like sibling
    }

    public void forgetHosts() {
        hostsFile = null;
        hosts = null;
    }

    public String resolve(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        if (hostsFile != null) {
            String ip = hosts.get(key);
            if (ip != null) return ip;
        }
        dnsQueries++;
        return dns.getOrDefault(key, "NXDOMAIN");
    }

    public String describe() {
        return hostsFile == null ? "dns only" : hostsFile + " (" + hosts.size() + " names)";
    }

    public boolean isOverridden(String host) {
        return hostsFile != null && hosts.containsKey(host.toLowerCase(Locale.ROOT));
    }

    public int dnsQueries() { return dnsQueries; }

    public static void main(String[] args) {
        F32HostsResolver r = new F32HostsResolver(Map.of("example.com", "93.184.216.34", "localhost", "127.0.0.1"));
        assert r.describe().equals("dns only") && !r.isOverridden("example.com");
        assert r.resolve("Example.COM").equals("93.184.216.34") && r.resolve("nowhere.test").equals("NXDOMAIN");
        assert r.dnsQueries() == 2;

        r.loadHosts("/etc/hosts", "# comment\n127.0.0.1   localhost\n10.0.0.5 db.internal DB  # primary\n\n10.0.0.6 db.internal\n");
        assert r.describe().equals("/etc/hosts (3 names)") : r.describe();
        assert r.resolve("DB.internal").equals("10.0.0.5") && r.resolve("db").equals("10.0.0.5");
        assert r.isOverridden("localhost") && r.resolve("example.com").equals("93.184.216.34");
        assert r.dnsQueries() == 3;

        boolean rejected = false;
        try { r.loadHosts(null, "1.1.1.1 one"); } catch (IllegalArgumentException expected) { rejected = true; }
        assert rejected && r.describe().startsWith("/etc/hosts");

        r.forgetHosts();
        r.forgetHosts();
        assert r.describe().equals("dns only") && r.resolve("db").equals("NXDOMAIN") && !r.isOverridden("db");
        r.loadHosts("empty", "");
        assert r.describe().equals("empty (0 names)") && r.resolve("localhost").equals("127.0.0.1");
        System.out.println("F32 ok");
    }
}
