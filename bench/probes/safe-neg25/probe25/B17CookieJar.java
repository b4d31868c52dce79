package probe25;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * OkHttp-style in-memory cookie jar keyed by domain. Expired cookies are
 * pruned lazily; the map is released once nothing is left.
 */
public class B17CookieJar {
    public record Cookie(String name, String value, String domain, long expiresAt) {
    }

    private final LongSupplier clock;
    private Map<String, List<Cookie>> byDomain; // null when the jar is empty
    private int evictions;

    public B17CookieJar(LongSupplier clock) {
        this.clock = clock;
    }

    public void saveFromResponse(String host, List<Cookie> cookies) {
        for (Cookie c : cookies) {
            String domain = (c.domain() == null ? host : c.domain()).toLowerCase(Locale.ROOT);
            if (!domainMatch(host, domain)) {
                continue; // a server may not set cookies for foreign domains
            }
            if (byDomain == null) {
                byDomain = new TreeMap<>();
            }
            List<Cookie> list = byDomain.computeIfAbsent(domain, d -> new ArrayList<>());
            list.removeIf(existing -> existing.name().equals(c.name()));
            list.add(c);
        }
    }

    public List<Cookie> loadForRequest(String host) {
        long now = clock.getAsLong(); // read the clock before looking at the map
        if (byDomain == null) {
            return List.of();
        }
        List<Cookie> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, List<Cookie>>> it = byDomain.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, List<Cookie>> e = it.next();
            e.getValue().removeIf(c -> {
                boolean expired = c.expiresAt() <= now;
                if (expired) {
                    evictions++;
                }
                return expired;
            });
            if (e.getValue().isEmpty()) {
                it.remove();
            } else if (domainMatch(host, e.getKey())) {
                result.addAll(e.getValue());
            }
        }
        if (byDomain.isEmpty()) {
            byDomain = null;
        }
        return result;
    }

    private static boolean domainMatch(String host, String domain) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals(domain) || h.endsWith("." + domain);
    }

    public Set<String> domains() {
        return byDomain != null ? new TreeSet<>(byDomain.keySet()) : Set.of();
    }

    public int size() {
        int n = 0;
        if (byDomain != null) {
            for (List<Cookie> l : byDomain.values()) {
                n += l.size();
            }
        }
        return n;
    }

    public void clear() {
        byDomain = null;
    }

    public int evictions() {
        return evictions;
    }

    public static void main(String[] args) {
        long[] now = {1_000L};
        B17CookieJar jar = new B17CookieJar(() -> now[0]);
        System.out.println(jar.loadForRequest("example.com") + " " + jar.size() + " " + jar.domains());
        jar.saveFromResponse("www.example.com", List.of(
                new Cookie("sid", "abc", "example.com", 5_000L),
                new Cookie("pref", "dark", null, 2_000L),
                new Cookie("evil", "x", "bank.com", 9_000L)));
        jar.saveFromResponse("api.shop.io", List.of(new Cookie("cart", "7", null, 3_000L)));
        System.out.println(jar.domains() + " " + jar.size());
        System.out.println(jar.loadForRequest("www.example.com").size() + " " + jar.loadForRequest("cdn.example.com"));
        now[0] = 4_000L;
        System.out.println(jar.loadForRequest("api.shop.io") + " " + jar.domains() + " " + jar.evictions());
        now[0] = 6_000L;
        System.out.println(jar.loadForRequest("example.com") + " " + jar.domains() + " " + jar.size());
        jar.saveFromResponse("a.io", List.of(new Cookie("k", "v", null, 99_000L)));
        jar.clear();
        System.out.println(jar.size() + " " + jar.loadForRequest("a.io") + " " + jar.evictions());
    }
}
