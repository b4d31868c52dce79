package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Caching stub resolver: record types with per-type TTL overrides, an active
 * answer cache and a staging cache that is swapped in after a refresh.
 */
public final class BF17DnsResolver {

    static final int DEFAULT_TTL = 300;

    enum RecordType {
        A, AAAA, CNAME, MX, TXT;

        private Map<String, Integer> ttlOverrides;

        void configure(Map<String, Integer> overrides) {
            ttlOverrides = new HashMap<>(overrides);
        }

        boolean hasOverride(String name) {
            Map<String, Integer> overrides = ttlOverrides;
            return overrides != null && overrides.containsKey(name);
        }

        int ttlFor(String name, int fallback) {
            return ttlOverrides.getOrDefault(name, fallback);
        }
    }

    static {
        RecordType.A.configure(Map.of("example.com", 60));
        RecordType.AAAA.configure(Map.of("example.com", 120));
    }

    record Answer(String value, int ttl) {}

    private final Map<String, String> zone;
    private Map<String, Answer> active = new HashMap<>();
    private Map<String, Answer> staging = new HashMap<>();

    BF17DnsResolver(Map<String, String> zone) {
        this.zone = zone;
    }

    private static int ttl(RecordType type, String name) {
        return type.hasOverride(name) ? type.ttlFor(name, DEFAULT_TTL) : DEFAULT_TTL;
    }

    String resolve(RecordType type, String name) {
        String key = type + ":" + name;
        Answer cached = active.get(key);
        if (cached != null) {
            return cached.value();
        }
        String value = zone.get(key);
        if (value == null) {
            return null;
        }
        active.put(key, new Answer(value, type.ttlFor(name, DEFAULT_TTL)));
        return value;
    }

    /** Pre-fetches an answer into the back buffer for the next swap. */
    void stage(RecordType type, String name) {
        String value = zone.get(type + ":" + name);
        if (value != null) {
            staging.put(type + ":" + name, new Answer(value, ttl(type, name)));
        }
    }

    /** Publishes the back buffer; the old front buffer is left for the garbage collector. */
    void swap() {
        Map<String, Answer> next = staging;
        if (next == null) {
            return;
        }
        active = next;
        staging = null;
    }

    void beginRefresh() {
        if (staging == null) {
            staging = new HashMap<>();
        }
    }

    int cachedCount() {
        return active.size();
    }

    int stagedCount() {
        return staging == null ? 0 : staging.size();
    }

    int ttlOf(RecordType type, String name) {
        Answer answer = active.get(type + ":" + name);
        return answer == null ? -1 : answer.ttl();
    }

    public static void main(String[] args) {
        Map<String, String> zone = Map.of(
                "A:example.com", "93.184.216.34",
                "AAAA:example.com", "2606:2800::1",
                "MX:example.com", "mail.example.com",
                "TXT:example.com", "v=spf1 -all");
        BF17DnsResolver resolver = new BF17DnsResolver(zone);
        System.out.println("A=" + resolver.resolve(RecordType.A, "example.com") + " ttl="
                + resolver.ttlOf(RecordType.A, "example.com") + " missing=" + resolver.resolve(RecordType.A, "nope.org"));
        resolver.stage(RecordType.AAAA, "example.com");
        resolver.stage(RecordType.MX, "example.com");
        System.out.println("staged=" + resolver.stagedCount() + " mxOverride=" + RecordType.MX.hasOverride("example.com"));
        resolver.swap();
        resolver.swap();
        System.out.println("cached=" + resolver.cachedCount() + " staged=" + resolver.stagedCount()
                + " mx ttl=" + resolver.ttlOf(RecordType.MX, "example.com"));
        resolver.beginRefresh();
        resolver.stage(RecordType.TXT, "example.com");
        resolver.swap();
        System.out.println("TXT=" + resolver.resolve(RecordType.TXT, "example.com") + " cached=" + resolver.cachedCount());

        int proved = 0;
        proved += expect(71, () -> {
            BF17DnsResolver r = new BF17DnsResolver(zone);
            r.stage(RecordType.A, "example.com");
            r.swap();
            r.stage(RecordType.AAAA, "example.com");
        });
        proved += expect(30, () -> new BF17DnsResolver(zone).resolve(RecordType.MX, "example.com"));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF17DnsResolver.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
