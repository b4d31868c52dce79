package probe23;

import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micrometer-style meter filter: denies some meter names and renames name prefixes.
 * The rename table exists only while at least one rename is configured. Not thread-safe;
 * configure before registering meters.
 */
public final class X07MeterNameFilter {

    private final Set<String> denied = new HashSet<>();
    private NavigableMap<String, String> prefixRenames;

    public X07MeterNameFilter deny(String name) {
        denied.add(name);
        return this;
    }

    public X07MeterNameFilter renamePrefix(String from, String to) {
        if (from == null || to == null || from.isEmpty()) {
            throw new IllegalArgumentException("prefixes must be non-empty");
        }
        if (prefixRenames == null) {
            prefixRenames = new TreeMap<>();
        }
        prefixRenames.put(from, to);
        return this;
    }

    public void clearRenames() {
        prefixRenames = null;
    }

    /** Returns the name to register the meter under, or null to drop the meter. */
    public String map(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        } else if (denied.contains(name)) {
            return null;
        } else if (prefixRenames == null) {
            return name;
        } else if (prefixRenames.containsKey(name)) {
            return prefixRenames.get(name);
        } else {
            for (Map.Entry<String, String> e : prefixRenames.headMap(name, false).descendingMap().entrySet()) {
                if (name.startsWith(e.getKey())) {
                    return e.getValue() + name.substring(e.getKey().length());
                }
            }
            return name;
        }
    }

    public static void main(String[] args) {
        X07MeterNameFilter filter = new X07MeterNameFilter().deny("jvm.gc.pause");
        String[] names = {"http.server.requests", "jvm.gc.pause", "", "http.client.requests", "cache.gets"};
        for (String n : names) {
            System.out.println("no renames: '" + n + "' -> " + filter.map(n));
        }
        filter.renamePrefix("http.server", "web.in").renamePrefix("http.client", "web.out")
              .renamePrefix("cache", "store");
        for (String n : names) {
            System.out.println("renames:    '" + n + "' -> " + filter.map(n));
        }
        filter.clearRenames();
        System.out.println("cleared:    " + filter.map("cache.gets") + " " + filter.map(null));
    }
}
