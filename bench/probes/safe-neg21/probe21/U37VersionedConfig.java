package probe21;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Versioned configuration store. {@code active} is assigned from a floorEntry() lookup,
 * which returns null when no release is old enough; the assignment maps that case to
 * Map.of(), and the constructor pins once, so the field is never null afterwards.
 */
public final class U37VersionedConfig {

    private final NavigableMap<Integer, Map<String, String>> releases = new TreeMap<>();
    private Map<String, String> active;
    private int pinnedVersion;

    public U37VersionedConfig() {
        pin(0);
    }

    public void publish(int version, Map<String, String> settings) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (settings != null) {
            settings.forEach((k, v) -> {
                if (k != null && v != null) {
                    clean.put(k, v);
                }
            });
        }
        releases.put(version, Collections.unmodifiableMap(clean));
    }

    public void pin(int version) {
        Map.Entry<Integer, Map<String, String>> release = releases.floorEntry(version);
        active = release == null ? Map.of() : release.getValue();
        pinnedVersion = release == null ? -1 : release.getKey();
    }

    public void pinLatest() {
        pin(Integer.MAX_VALUE);
    }

    public String get(String key) {
        return active.get(key);
    }

    public String describe() {
        return "v" + pinnedVersion + " " + active.keySet() + " of " + releases.keySet();
    }

    public static void main(String[] args) {
        U37VersionedConfig cfg = new U37VersionedConfig();
        System.out.println(cfg.describe() + " " + cfg.get("timeout"));
        cfg.publish(3, Map.of("timeout", "30s"));
        cfg.publish(7, Map.of("timeout", "10s", "retries", "2"));
        cfg.pin(5);
        System.out.println(cfg.describe() + " " + cfg.get("timeout"));
        cfg.pin(1);
        System.out.println(cfg.describe() + " " + cfg.get("timeout"));
        cfg.pinLatest();
        System.out.println(cfg.describe() + " " + cfg.get("retries"));
        cfg.publish(9, null);
        cfg.pinLatest();
        System.out.println(cfg.describe() + " " + cfg.get("retries"));
    }
}
