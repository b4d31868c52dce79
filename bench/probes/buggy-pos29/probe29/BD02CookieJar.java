package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Cookie storage for an HTTP client, keyed by domain. */
public class BD02CookieJar {

    enum Policy { ACCEPT_ALL, FIRST_PARTY_ONLY }

    private final Policy policy;
    private Map<String, Map<String, String>> cookiesByDomain;
    private Map<String, Long> expiries;

    public BD02CookieJar() {
        this.policy = Policy.ACCEPT_ALL;
        this.cookiesByDomain = new HashMap<>();
        this.expiries = new LinkedHashMap<>();
    }

    public BD02CookieJar(Policy policy) {
        this.policy = policy;
        this.cookiesByDomain = new HashMap<>();
    }

    /** Snapshot used when a request is retried on another connection. */
    public BD02CookieJar(BD02CookieJar other) {
        this.policy = other.policy;
        this.expiries = new LinkedHashMap<>(other.expiries);
    }

    private static String key(String domain, String name) {
        return domain + "|" + name;
    }

    public void store(String domain, String name, String value, long expiresAt) {
        if (policy == Policy.FIRST_PARTY_ONLY && domain.startsWith("ads.")) {
            return;
        }
        Map<String, String> jar = cookiesByDomain.computeIfAbsent(domain, d -> new LinkedHashMap<>());
        jar.put(name, value);
        if (expiries != null) {
            expiries.put(key(domain, name), expiresAt);
        }
    }

    public String header(String domain) {
        Map<String, Map<String, String>> all = cookiesByDomain;
        if (all == null || !all.containsKey(domain)) {
            return "";
        }
        StringJoiner joiner = new StringJoiner("; ");
        all.get(domain).forEach((name, value) -> joiner.add(name + "=" + value));
        return joiner.toString();
    }

    public int purgeExpired(long now) {
        List<String> dead = new ArrayList<>();
        for (Map.Entry<String, Long> e : expiries.entrySet()) {
            if (e.getValue() <= now) {
                dead.add(e.getKey());
            }
        }
        for (String k : dead) {
            expiries.remove(k);
            String[] parts = k.split("\\|", 2);
            Map<String, String> jar = cookiesByDomain == null ? null : cookiesByDomain.get(parts[0]);
            if (jar != null) {
                jar.remove(parts[1]);
            }
        }
        return dead.size();
    }

    public void absorb(BD02CookieJar other) {
        for (Map.Entry<String, Map<String, String>> e : other.cookiesByDomain.entrySet()) {
            Map<String, String> jar = cookiesByDomain.computeIfAbsent(e.getKey(), d -> new LinkedHashMap<>());
            jar.putAll(e.getValue());
        }
    }

    public int size() {
        Map<String, Map<String, String>> all = cookiesByDomain;
        if (all == null) {
            return 0;
        }
        return all.values().stream().mapToInt(Map::size).sum();
    }

    public void close() {
        cookiesByDomain = null;
        expiries = null;
    }

    public static void main(String[] args) {
        BD02CookieJar jar = new BD02CookieJar();
        jar.store("example.com", "sid", "abc", 100L);
        jar.store("example.com", "theme", "dark", 5L);
        System.out.println("header: " + jar.header("example.com"));
        System.out.println("purged " + jar.purgeExpired(10L) + ", size " + jar.size());
        BD02CookieJar strict = new BD02CookieJar(Policy.FIRST_PARTY_ONLY);
        strict.store("ads.tracker.net", "id", "1", 50L);
        strict.store("shop.com", "cart", "42", 50L);
        System.out.println("strict header: " + strict.header("shop.com") + ", size " + strict.size());
        BD02CookieJar retry = new BD02CookieJar(jar);
        System.out.println("retry size " + retry.size() + ", header '" + retry.header("example.com") + "'");
        System.out.println("retry purged " + retry.purgeExpired(0L));
        BD02CookieJar merged = new BD02CookieJar();
        merged.absorb(jar);
        merged.absorb(strict);
        System.out.println("merged size " + merged.size());
        BD02CookieJar closed = new BD02CookieJar();
        closed.close();
        System.out.println("closed size " + closed.size());

        try {
            strict.purgeExpired(1000L);
            noNpe("purge on a policy-constructed jar");
        } catch (NullPointerException e) {
            expect(e, 63);
        }
        try {
            retry.store("example.com", "lang", "en", 10L);
            noNpe("store into a retry snapshot");
        } catch (NullPointerException e) {
            expect(e, 44);
        }
        try {
            merged.absorb(closed);
            noNpe("absorb a closed jar");
        } catch (NullPointerException e) {
            expect(e, 80);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD02CookieJar.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
