package probe37;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Feature-flag service: compiled-in defaults plus an optional runtime override table.
 * The override table is null until the first override and again after resetToDefaults();
 * reads go through Objects.requireNonNullElse, writes through requireNonNullElseGet.
 */
public class SG09FeatureFlags {

    static final class FeatureFlags {
        private static final Map<String, Boolean> DEFAULTS =
                Map.of("dark-mode", Boolean.FALSE, "new-editor", Boolean.TRUE, "beta-sync", Boolean.FALSE);

        private HashMap<String, Boolean> overrides; // null means "defaults only"

        private static String known(String name) {
            if (name == null || !DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown flag " + name);
            }
            return name;
        }

        public boolean isEnabled(String name) {
            String flag = known(name);
            Map<String, Boolean> view = Objects.requireNonNullElse(overrides, Map.of());
            Boolean value = view.getOrDefault(flag, DEFAULTS.get(flag));
            return Boolean.TRUE.equals(value);
        }

        public void override(String name, boolean enabled) {
            String flag = known(name);
            overrides = Objects.requireNonNullElseGet(overrides, HashMap::new);
            overrides.put(flag, enabled);
        }

        public boolean clearOverride(String name) {
            String flag = known(name);
            HashMap<String, Boolean> table = Objects.requireNonNullElseGet(overrides, HashMap::new);
            return table.remove(flag) != null;
        }

        public int overrideCount() {
            return Objects.requireNonNullElse(overrides, Map.of()).size();
        }

        public boolean hasOverrideTable() {
            return overrides != null;
        }

        /** Idempotent. */
        public void resetToDefaults() {
            overrides = null;
        }
    }

    public static void main(String[] args) {
        FeatureFlags flags = new FeatureFlags();

        // Phase 1: before the map exists.
        check(!flags.hasOverrideTable() && flags.overrideCount() == 0, "no overrides");
        check(flags.isEnabled("new-editor") && !flags.isEnabled("dark-mode"), "defaults");
        check(!flags.clearOverride("dark-mode"), "nothing to clear");
        expect(IllegalArgumentException.class, () -> flags.isEnabled("teleport"));
        expect(IllegalArgumentException.class, () -> flags.isEnabled(null));
        flags.resetToDefaults();

        // Phase 2: while it exists.
        flags.override("dark-mode", true);
        flags.override("new-editor", false);
        expect(IllegalArgumentException.class, () -> flags.override("teleport", true));
        check(flags.isEnabled("dark-mode") && !flags.isEnabled("new-editor"), "overrides win");
        check(!flags.isEnabled("beta-sync") && flags.overrideCount() == 2, "count");
        check(flags.clearOverride("new-editor") && flags.isEnabled("new-editor"), "cleared one");

        // Phase 3: after it has been dropped (twice).
        flags.resetToDefaults();
        flags.resetToDefaults();
        check(!flags.hasOverrideTable(), "dropped");
        check(!flags.isEnabled("dark-mode") && flags.overrideCount() == 0, "defaults again");

        // Phase 4: after it has been created again.
        flags.override("beta-sync", true);
        check(flags.isEnabled("beta-sync") && flags.overrideCount() == 1 && flags.hasOverrideTable(), "again");
        flags.resetToDefaults();
        System.out.println("SG09FeatureFlags ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
