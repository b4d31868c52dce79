package probe28;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Feature-flag client for a web backend. Flags arrive from a remote config
 * service; before the first fetch there are none. The setter never stores null.
 */
public class H02FeatureFlags {
    private final String serviceName;
    private Map<String, Boolean> flags; // null until the first successful fetch
    private long lastFetchEpoch = -1;
    private final Map<String, Integer> evaluations = new HashMap<>();

    public H02FeatureFlags(String serviceName) {
        this.serviceName = serviceName;
    }

    /** Replaces the flag set. A null payload means "the service sent nothing". */
    public void setFlags(Map<String, Boolean> fetched, long epoch) {
        this.flags = fetched == null ? new HashMap<>() : new HashMap<>(fetched);
        this.lastFetchEpoch = epoch;
    }

    public boolean isEnabled(String flag) {
        evaluations.merge(flag, 1, Integer::sum);
        if (flags == null) {
            return false;
        }
        return Boolean.TRUE.equals(flags.get(flag));
    }

    public boolean isEnabledOr(String flag, boolean fallback) {
        if (flags == null || !flags.containsKey(flag)) {
            return fallback;
        }
        return Boolean.TRUE.equals(flags.get(flag));
    }

    public Map<String, Boolean> snapshot() {
        if (flags == null) {
            return Collections.emptyMap();
        }
        return Collections.unmodifiableMap(flags);
    }

    public String enabledList() {
        TreeSet<String> on = new TreeSet<>();
        if (flags != null) {
            flags.forEach((k, v) -> {
                if (Boolean.TRUE.equals(v)) {
                    on.add(k);
                }
            });
        }
        return String.join(",", on);
    }

    public void invalidate() {
        flags = null;
        lastFetchEpoch = -1;
    }

    public int evaluationsOf(String flag) {
        return evaluations.getOrDefault(flag, 0);
    }

    public String status() {
        return serviceName + (lastFetchEpoch < 0 ? " (never fetched)" : " (fetched at " + lastFetchEpoch + ")");
    }

    public static void main(String[] args) {
        H02FeatureFlags ff = new H02FeatureFlags("checkout");
        assert !ff.isEnabled("newUi");
        assert ff.isEnabledOr("newUi", true);
        assert ff.snapshot().isEmpty();
        assert ff.enabledList().isEmpty();
        assert ff.status().equals("checkout (never fetched)");
        ff.setFlags(null, 10);
        assert !ff.isEnabled("newUi");
        assert ff.isEnabledOr("newUi", true);
        Map<String, Boolean> remote = new HashMap<>();
        remote.put("newUi", true);
        remote.put("beta", false);
        remote.put("darkMode", true);
        ff.setFlags(remote, 20);
        assert ff.isEnabled("newUi");
        assert !ff.isEnabled("beta");
        assert !ff.isEnabledOr("beta", true);
        assert ff.snapshot().size() == 3;
        assert ff.enabledList().equals("darkMode,newUi");
        ff.invalidate();
        assert !ff.isEnabled("newUi");
        assert ff.snapshot().isEmpty();
        assert ff.evaluationsOf("newUi") == 4;
        assert ff.evaluationsOf("beta") == 1;
        System.out.println(ff.status() + " " + ff.enabledList());
    }
}
