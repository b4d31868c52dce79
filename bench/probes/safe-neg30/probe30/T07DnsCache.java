package probe30;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Resolver cache loaded from a zone snapshot. */
public final class T07DnsCache {
    private final Supplier<Instant> clock;
    private ConcurrentMap<String, String> records;         // host -> address
    private Optional<Instant> loadedAt = Optional.empty(); // present exactly while records is loaded

    public T07DnsCache(Supplier<Instant> clock) {
        this.clock = clock;
    }

    public void load(Map<String, String> zone) {
        ConcurrentMap<String, String> fresh = new ConcurrentHashMap<>();
        zone.forEach((host, address) -> {
            if (host == null || address == null) throw new IllegalArgumentException("incomplete record");
            fresh.put(host.toLowerCase(Locale.ROOT), address);
        });
        Instant now = clock.get();
        records = fresh;
        loadedAt = Optional.of(now);
    }

    public Optional<String> resolve(String host) {
        if (loadedAt.isEmpty()) return Optional.empty();
        return Optional.ofNullable(records.get(host.toLowerCase(Locale.ROOT)));
    }

    public void override(String host, String address) {
        if (!loadedAt.isPresent()) throw new IllegalStateException("zone not loaded");
        if (address == null) throw new IllegalArgumentException("address required");
        records.put(host.toLowerCase(Locale.ROOT), address);
    }

    public Optional<Duration> age() {
        return loadedAt.map(t -> Duration.between(t, clock.get()));
    }

    public void flush() {
        records = null;
        loadedAt = Optional.empty();
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        AtomicLong seconds = new AtomicLong(1_000);
        T07DnsCache dns = new T07DnsCache(() -> Instant.ofEpochSecond(seconds.get()));
        assert dns.resolve("example.org").isEmpty();
        assert dns.age().isEmpty();
        expectFailure(() -> dns.override("a", "1.1.1.1"));
        dns.flush();

        dns.load(Map.of("Example.org", "93.184.216.34", "localhost", "127.0.0.1"));
        seconds.addAndGet(30);
        assert dns.resolve("EXAMPLE.ORG").orElseThrow().equals("93.184.216.34");
        assert dns.resolve("nowhere").isEmpty();
        assert dns.age().orElseThrow().equals(Duration.ofSeconds(30));
        dns.override("nowhere", "10.0.0.1");
        assert dns.resolve("nowhere").orElseThrow().equals("10.0.0.1");
        expectFailure(() -> dns.override("x", null));

        dns.flush();
        assert dns.resolve("localhost").isEmpty() && dns.age().isEmpty();
        expectFailure(() -> dns.override("nowhere", "10.0.0.2"));
        dns.load(Map.of());
        assert dns.resolve("localhost").isEmpty() && dns.age().isPresent();
        System.out.println("T07 ok");
    }
}
