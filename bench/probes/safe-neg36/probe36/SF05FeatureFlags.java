package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Feature-flag client: compiled-in defaults plus an optional table of remote overrides.
 * The override table is wrapped in Optional.ofNullable at every use.
 */
public final class SF05FeatureFlags {
    private final Map<String, Boolean> defaults;
    private HashMap<String, Boolean> overrides; // null while no remote overrides are loaded

    public SF05FeatureFlags(Map<String, Boolean> defaults) {
        this.defaults = Map.copyOf(defaults);
    }

    public void loadOverrides(Map<String, Boolean> remote) {
        for (String flag : remote.keySet()) {
            if (!defaults.containsKey(flag)) {
                throw new IllegalArgumentException("unknown flag in remote payload: " + flag);
            }
        }
        overrides = new HashMap<>(remote);
    }

    public void clearOverrides() {
        overrides = null;
    }

    public boolean isEnabled(String flag) {
        Boolean fallback = defaults.get(flag);
        if (fallback == null) {
            throw new NoSuchElementException("unknown flag " + flag);
        }
        return Optional.ofNullable(overrides).map(table -> table.get(flag)).orElse(fallback);
    }

    public int overrideCount() {
        return Optional.ofNullable(overrides).map(Map::size).orElse(0);
    }

    public void setOverride(String flag, boolean value) {
        if (!defaults.containsKey(flag)) {
            throw new NoSuchElementException("unknown flag " + flag);
        }
        Optional.ofNullable(overrides)
                .orElseThrow(() -> new IllegalStateException("no override table loaded"))
                .put(flag, value);
    }

    public boolean isOverridden(String flag) {
        return Optional.ofNullable(overrides).filter(table -> table.containsKey(flag)).isPresent();
    }

    public static void main(String[] args) {
        SF05FeatureFlags flags = new SF05FeatureFlags(Map.of("dark-mode", false, "new-checkout", true, "beta-search", false));
        // Phase 1: defaults only.
        check(!flags.isEnabled("dark-mode"), "default dark-mode");
        check(flags.isEnabled("new-checkout"), "default checkout");
        check(flags.overrideCount() == 0, "no overrides yet");
        check(!flags.isOverridden("dark-mode"), "not overridden yet");
        expect(IllegalStateException.class, () -> flags.setOverride("dark-mode", true));
        expect(NoSuchElementException.class, () -> flags.isEnabled("telepathy"));
        expect(IllegalArgumentException.class, () -> flags.loadOverrides(Map.of("telepathy", true)));
        // Phase 2: overrides loaded.
        flags.loadOverrides(Map.of("dark-mode", true));
        check(flags.isEnabled("dark-mode"), "override wins");
        check(flags.isEnabled("new-checkout"), "default where not overridden");
        flags.setOverride("new-checkout", false);
        check(!flags.isEnabled("new-checkout"), "local override");
        check(flags.overrideCount() == 2, "two overrides");
        expect(NoSuchElementException.class, () -> flags.setOverride("telepathy", true));
        // Phase 3: cleared, twice.
        for (int round = 0; round < 2; round++) {
            flags.clearOverrides();
            check(!flags.isEnabled("dark-mode"), "back to default");
            check(flags.overrideCount() == 0, "no overrides after clear");
            check(!flags.isOverridden("new-checkout"), "not overridden after clear");
            expect(IllegalStateException.class, () -> flags.setOverride("beta-search", true));
        }
        // Phase 4: loaded again.
        flags.loadOverrides(Map.of("beta-search", true));
        check(flags.isEnabled("beta-search") && flags.isOverridden("beta-search"), "reloaded override");
        check(flags.overrideCount() == 1, "one override after reload");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
