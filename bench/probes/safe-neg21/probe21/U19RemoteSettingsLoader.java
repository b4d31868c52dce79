package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads settings from a remote source that may answer null while it is unavailable.
 * get() loops {@code while (settings == null)}: each round assigns either a fetch result or,
 * once the attempts are used up, a non-null fallback, so the loop only exits with a map.
 */
public final class U19RemoteSettingsLoader {

    @FunctionalInterface
    public interface Source {
        /** Returns the settings, or null when the remote side is not reachable right now. */
        Map<String, String> fetch(int attempt);
    }

    private final Source source;
    private final int maxAttempts;
    private final Map<String, String> fallback;
    private Map<String, String> settings;
    private int lastAttempts;

    public U19RemoteSettingsLoader(Source source, int maxAttempts, Map<String, String> fallback) {
        if (source == null) {
            throw new IllegalArgumentException("source");
        }
        this.source = source;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.fallback = fallback == null ? Map.of() : Map.copyOf(fallback);
    }

    public synchronized String get(String key) {
        int attempt = 0;
        while (settings == null) {
            attempt++;
            settings = attempt < maxAttempts ? copyOrNull(source.fetch(attempt)) : new HashMap<>(fallback);
        }
        if (attempt > 0) {
            lastAttempts = attempt;
        }
        return settings.get(key);
    }

    private static Map<String, String> copyOrNull(Map<String, String> fetched) {
        return fetched == null ? null : new HashMap<>(fetched);
    }

    public synchronized void expire() {
        settings = null;
    }

    public synchronized Set<String> keys() {
        return settings == null ? Set.of() : new TreeSet<>(settings.keySet());
    }

    public synchronized int lastAttempts() {
        return lastAttempts;
    }

    public static void main(String[] args) {
        U19RemoteSettingsLoader flaky = new U19RemoteSettingsLoader(
                attempt -> attempt < 3 ? null : Map.of("region", "eu", "tier", "gold"), 5, Map.of("region", "local"));
        System.out.println(flaky.keys());
        System.out.println(flaky.get("region") + " after " + flaky.lastAttempts() + " attempts " + flaky.keys());
        System.out.println(flaky.get("tier"));

        U19RemoteSettingsLoader down = new U19RemoteSettingsLoader(attempt -> null, 3, Map.of("region", "local"));
        System.out.println(down.get("region") + " after " + down.lastAttempts());
        down.expire();
        System.out.println(down.keys() + " " + down.get("tier"));

        U19RemoteSettingsLoader noRetry = new U19RemoteSettingsLoader(attempt -> Map.of("x", "1"), 0, null);
        System.out.println(noRetry.get("x") + " " + noRetry.lastAttempts());
    }
}
