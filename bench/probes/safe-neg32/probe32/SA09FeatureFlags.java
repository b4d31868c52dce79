package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Feature-flag client (LaunchDarkly / Unleash style) with compiled-in defaults and optional
 * runtime overrides. The override table is created right before the first write
 * ("ensure, then use") and dropped by clearOverrides().
 */
public class SA09FeatureFlags {

    private final Set<String> enabledByDefault;
    private Map<String, Boolean> overrides; // null when no override is active

    public SA09FeatureFlags(Set<String> enabledByDefault) {
        this.enabledByDefault = Set.copyOf(enabledByDefault);
    }

    public void enable(String flag) {
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(flag, Boolean.TRUE);
    }

    public void disable(String flag) {
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(flag, Boolean.FALSE);
    }

    public boolean isEnabled(String flag) {
        if (overrides != null) {
            Boolean forced = overrides.get(flag);
            if (forced != null) {
                return forced;
            }
        }
        return enabledByDefault.contains(flag);
    }

    public void unset(String flag) {
        if (overrides != null) {
            overrides.remove(flag);
            if (overrides.isEmpty()) {
                overrides = null;
            }
        }
    }

    public Map<String, Boolean> effective() {
        Map<String, Boolean> result = new TreeMap<>();
        for (String f : enabledByDefault) {
            result.put(f, Boolean.TRUE);
        }
        if (overrides != null) {
            result.putAll(overrides);
        }
        return result;
    }

    public boolean hasOverrides() {
        return overrides != null;
    }

    public void clearOverrides() {
        overrides = null;
    }

    public static void main(String[] args) {
        SA09FeatureFlags flags = new SA09FeatureFlags(Set.of("new-checkout", "dark-mode"));
        System.out.println("defaults: " + flags.effective() + " overrides=" + flags.hasOverrides());
        System.out.println("dark-mode=" + flags.isEnabled("dark-mode") + " beta=" + flags.isEnabled("beta"));
        flags.unset("beta");
        flags.enable("beta");
        flags.disable("dark-mode");
        System.out.println("overridden: " + flags.effective());
        flags.unset("beta");
        flags.unset("dark-mode");
        System.out.println("after unset: " + flags.effective() + " overrides=" + flags.hasOverrides());
        flags.disable("new-checkout");
        System.out.println("new-checkout=" + flags.isEnabled("new-checkout"));
        flags.clearOverrides();
        flags.clearOverrides();
        System.out.println("cleared: new-checkout=" + flags.isEnabled("new-checkout") + " " + flags.effective());
        flags.enable("x");
        System.out.println("x=" + flags.isEnabled("x"));
    }
}
