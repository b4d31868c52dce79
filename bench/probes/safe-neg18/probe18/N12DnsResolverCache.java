package probe18;

import java.util.HashMap;
import java.util.Map;

/** Hosts-file backed name resolver for a network client; falls back to a minimal table on bad input. */
public final class N12DnsResolverCache {
    private Map<String, String> hosts;
    private int lookups;

    public N12DnsResolverCache(String hostsFile) {
        try {
            hosts = parse(hostsFile);
        } catch (IllegalArgumentException e) {
            hosts = new HashMap<>();
            hosts.put("localhost", "127.0.0.1");
        }
    }

    private static Map<String, String> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no hosts file");
        }
        Map<String, String> table = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException("malformed line: " + line);
            }
            for (int i = 1; i < parts.length; i++) {
                table.put(parts[i], parts[0]);
            }
        }
        return table;
    }

    public boolean reload(String hostsFile) {
        try {
            hosts = parse(hostsFile);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String resolve(String name) {
        lookups++;
        return hosts.getOrDefault(name, null);
    }

    public void pin(String name, String address) {
        hosts.put(name, address);
    }

    public String describe() {
        return hosts.size() + " entries, " + lookups + " lookups";
    }

    public static void main(String[] args) {
        N12DnsResolverCache good = new N12DnsResolverCache("127.0.0.1 localhost\n10.0.0.5 db db.internal\n# c\n");
        System.out.println(good.resolve("db.internal") + " " + good.describe());
        N12DnsResolverCache broken = new N12DnsResolverCache("10.0.0.1\n");
        System.out.println(broken.resolve("localhost") + " " + broken.resolve("db"));
        N12DnsResolverCache missing = new N12DnsResolverCache(null);
        missing.pin("cache", "10.0.0.9");
        System.out.println("reload bad: " + missing.reload("garbage") + " " + missing.resolve("cache"));
        System.out.println("reload good: " + missing.reload("10.1.1.1 api") + " " + missing.resolve("api") + " " + missing.describe());
    }
}
