package probe21b;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Resolver-side DNS cache with a table of negative answers. */
public class C11DnsCache {

    private static final String FILE = "C11DnsCache.java";

    /** Host to address; {@code null} while caching is disabled. */
    private ConcurrentHashMap<String, String> answers;
    /** Failed lookups per host; enabled and disabled together with {@link #answers}. */
    private ConcurrentHashMap<String, Long> negative;

    private Map<String, String> answers() {
        return answers == null ? Map.of() : answers;
    }

    void enable() {
        answers = new ConcurrentHashMap<>();
        negative = new ConcurrentHashMap<>();
    }

    void disable() {
        answers = null;
        negative = null;
    }

    /** Stores an answer; a {@code null} address records a failed lookup. */
    void record(String host, String address) {
        if (answers().containsKey(host)) {
            if (address == null) {
                answers.remove(host);
            } else {
                answers.put(host, address);
            }
            return;
        }
        if (address == null) {
            if (negative != null) {
                negative.merge(host, 1L, Long::sum);
            }
            return;
        }
        answers.put(host, address); // BUG
    }

    /** Number of cached answers in private address space. */
    int privateAnswers() {
        int n = 0;
        for (String host : answers().keySet()) {
            if (answers.get(host).startsWith("10.")) {
                n++;
            }
        }
        return n;
    }

    /** Cached hosts from the list, with their addresses. */
    Map<String, String> cached(List<String> hosts) {
        return hosts.stream().filter(h -> answers().containsKey(h))
                .collect(Collectors.toMap(h -> h, h -> answers.get(h)));
    }

    /** Uncached hosts from the list, with their failure counts (0 if they never failed). */
    Map<String, Long> misses(List<String> hosts) {
        return hosts.stream().filter(h -> !answers().containsKey(h))
                .collect(Collectors.toMap(h -> h, h -> negative.getOrDefault(h, 0L))); // BUG
    }

    public static void main(String[] args) {
        C11DnsCache cache = new C11DnsCache();
        cache.enable();
        cache.record("db.internal", "10.0.0.5");
        cache.record("www.example.org", "192.0.2.1");
        cache.record("www.example.org", "192.0.2.2");
        cache.record("gone.example.org", null);
        cache.record("db.internal", null);
        int n = cache.privateAnswers() + cache.cached(List.of("www.example.org", "x.test")).size();
        n += cache.misses(List.of("www.example.org", "gone.example.org", "x.test")).size();
        cache.disable();
        cache.record("later.test", null);
        n += cache.privateAnswers() + cache.cached(List.of("www.example.org")).size() + cache.misses(List.of()).size();
        System.out.println("safe: " + n);

        prove(FILE, 48, () -> new C11DnsCache().record("api.test", "203.0.113.9"));
        prove(FILE, 71, () -> new C11DnsCache().misses(List.of("api.test")));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
