package probe19;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Feature flag lookup with static defaults and per-instance runtime overrides. */
public final class M05FeatureFlags {
    private static final class Defaults {
        static final Map<String, Boolean> FLAGS;

        static {
            Map<String, Boolean> m = new HashMap<>();
            m.put("new-checkout", false);
            m.put("dark-mode", true);
            m.put("beta-search", false);
            FLAGS = Collections.unmodifiableMap(m);
        }
    }

    private Map<String, Boolean> overrides;

    public boolean isEnabled(String flag) {
        if (overrides != null) {
            Boolean forced = overrides.get(flag);
            if (forced != null) {
                return forced;
            }
        }
        return Defaults.FLAGS.getOrDefault(flag, false);
    }

    public void override(String flag, boolean enabled) {
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(flag, enabled);
    }

    public boolean removeOverride(String flag) {
        if (overrides == null) {
            return false;
        }
        boolean removed = overrides.remove(flag) != null;
        if (overrides.isEmpty()) {
            overrides = null;
        }
        return removed;
    }

    public void clearOverrides() {
        overrides = null;
    }

    public Set<String> knownFlags() {
        Set<String> names = new TreeSet<>(Defaults.FLAGS.keySet());
        if (overrides != null) {
            names.addAll(overrides.keySet());
        }
        return names;
    }

    public static void main(String[] args) {
        M05FeatureFlags flags = new M05FeatureFlags();
        System.out.println(flags.isEnabled("dark-mode") + " " + flags.removeOverride("dark-mode"));
        flags.override("new-checkout", true);
        flags.override("experimental-ui", true);
        System.out.println(flags.isEnabled("new-checkout") + " " + flags.knownFlags());
        System.out.println(flags.removeOverride("new-checkout") + " " + flags.removeOverride("experimental-ui"));
        System.out.println(flags.isEnabled("experimental-ui") + " " + flags.removeOverride("x"));
        flags.clearOverrides();
        flags.override("dark-mode", false);
        flags.clearOverrides();
        flags.clearOverrides();
        System.out.println(flags.isEnabled("dark-mode") + " " + flags.knownFlags());
    }
}
