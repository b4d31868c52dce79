package probe25;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * LaunchDarkly/Unleash style feature-flag client. Thread-safe: evaluations
 * read an immutable snapshot through a volatile field; polls are synchronized.
 * The snapshot is null before the first successful poll and after forget().
 */
public class B29FeatureFlagClient {
    private final Supplier<Map<String, String>> fetcher;
    private volatile Map<String, Boolean> flags;
    private final Map<String, Boolean> localOverrides = new ConcurrentHashMap<>();
    private final AtomicLong evaluations = new AtomicLong();
    private volatile long lastPoll = -1;

    public B29FeatureFlagClient(Supplier<Map<String, String>> fetcher) {
        this.fetcher = fetcher;
    }

    public boolean isEnabled(String flag, boolean defaultValue) {
        evaluations.incrementAndGet();
        Boolean override = localOverrides.get(flag);
        if (override != null) {
            return override;
        }
        Map<String, Boolean> snapshot = flags;
        if (snapshot == null) {
            return defaultValue;
        }
        return snapshot.getOrDefault(flag, defaultValue);
    }

    public synchronized boolean poll(long now) {
        Map<String, String> raw = fetcher.get();
        if (raw == null) {
            return false; // keep serving the previous snapshot
        }
        Map<String, Boolean> parsed = new HashMap<>();
        raw.forEach((k, v) -> parsed.put(k, Boolean.parseBoolean(v)));
        flags = Collections.unmodifiableMap(parsed);
        lastPoll = now;
        return true;
    }

    public void override(String flag, Boolean value) {
        if (value == null) {
            localOverrides.remove(flag);
        } else {
            localOverrides.put(flag, value);
        }
    }

    public boolean isInitialized() {
        return flags != null;
    }

    public Set<String> knownFlags() {
        Map<String, Boolean> snapshot = flags;
        return snapshot == null ? Set.of() : new TreeSet<>(snapshot.keySet());
    }

    public synchronized void forget() {
        flags = null;
        lastPoll = -1;
    }

    public String status() {
        return "initialized=" + isInitialized() + " lastPoll=" + lastPoll + " evaluations=" + evaluations.get();
    }

    public static void main(String[] args) throws InterruptedException {
        int[] calls = {0};
        B29FeatureFlagClient client = new B29FeatureFlagClient(() -> {
            calls[0]++;
            return calls[0] == 2 ? null : Map.of("new-checkout", "true", "dark-mode", "false");
        });
        System.out.println(client.isEnabled("new-checkout", false) + " " + client.knownFlags() + " " + client.status());
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                client.isEnabled("new-checkout", false);
                client.knownFlags();
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) {
            client.poll(i);
            if (i % 5 == 4) {
                client.forget();
            }
        }
        reader.join();
        System.out.println(client.poll(100) + " " + client.poll(101) + " " + client.isEnabled("new-checkout", false)
                + " " + client.isEnabled("dark-mode", true) + " " + client.knownFlags());
        client.override("dark-mode", true);
        System.out.println(client.isEnabled("dark-mode", false));
        client.override("dark-mode", null);
        client.forget();
        System.out.println(client.isEnabled("dark-mode", true) + " " + client.knownFlags() + " " + client.isInitialized());
    }
}
