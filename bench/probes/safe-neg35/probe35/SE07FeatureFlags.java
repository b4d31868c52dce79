package probe35;

import java.util.Map;
import java.util.TreeMap;

/**
 * Feature flag resolver: compiled-in defaults plus optional runtime overrides pushed
 * by an admin console. Lookups pick a non-null table first and then call getOrDefault.
 */
public class SE07FeatureFlags {
    private static final Map<String, Boolean> NO_OVERRIDES = Map.of();

    private final Map<String, Boolean> defaults;
    private TreeMap<String, Boolean> overrides; // null until the first override arrives

    public SE07FeatureFlags(Map<String, Boolean> defaults) {
        this.defaults = Map.copyOf(defaults);
    }

    public void override(String flag, boolean enabled) {
        if (!defaults.containsKey(flag)) {
            throw new IllegalArgumentException("unknown flag " + flag);
        }
        if (overrides == null) {
            overrides = new TreeMap<>();
        }
        overrides.put(flag, enabled);
    }

    public void clearOverrides() {
        overrides = null;
    }

    private Map<String, Boolean> overrideTable() {
        return overrides != null ? overrides : NO_OVERRIDES;
    }

    public boolean isEnabled(String flag) {
        Boolean fallback = defaults.getOrDefault(flag, Boolean.FALSE);
        return overrideTable().getOrDefault(flag, fallback);
    }

    public boolean isOverridden(String flag) {
        return overrideTable().containsKey(flag);
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(defaults).forEach((flag, def) -> out.append(flag).append('=')
                .append(isEnabled(flag)).append(isOverridden(flag) ? "*" : "").append(' '));
        return out.toString().trim();
    }

    public static void main(String[] args) {
        SE07FeatureFlags flags = new SE07FeatureFlags(Map.of("dark-mode", false, "new-checkout", true));
        check(!flags.isEnabled("dark-mode") && flags.isEnabled("new-checkout"), "defaults");
        check(!flags.isEnabled("unknown") && !flags.isOverridden("dark-mode"), "no overrides yet");
        check(flags.describe().equals("dark-mode=false new-checkout=true"), "describe defaults");
        expect(IllegalArgumentException.class, () -> flags.override("nope", true));

        flags.override("dark-mode", true);
        flags.override("new-checkout", false);
        check(flags.isEnabled("dark-mode") && !flags.isEnabled("new-checkout"), "overridden");
        check(flags.describe().equals("dark-mode=true* new-checkout=false*"), "describe overrides");

        for (int round = 0; round < 2; round++) {
            flags.clearOverrides();
            check(!flags.isEnabled("dark-mode") && flags.isEnabled("new-checkout"), "back to defaults");
            check(!flags.isOverridden("new-checkout"), "cleared");
        }

        flags.override("new-checkout", false);
        check(!flags.isEnabled("new-checkout") && !flags.isOverridden("dark-mode"), "overridden again");
        System.out.println("SE07FeatureFlags ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
