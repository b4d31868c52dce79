package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** Feature-flag client: defaults from the server, optional per-tenant overrides read via Optional. */
public class SD07FeatureFlags {
    private final Map<String, Boolean> defaults;
    private Map<String, Boolean> overrides; // null while no override is set

    public SD07FeatureFlags(Map<String, Boolean> defaults) {
        this.defaults = Map.copyOf(defaults);
    }

    public boolean isEnabled(String flag) {
        return Optional.ofNullable(overrides)
                .map(m -> m.get(flag))
                .or(() -> Optional.ofNullable(defaults.get(flag)))
                .orElse(Boolean.FALSE);
    }

    public void override(String flag, boolean enabled) {
        if (!defaults.containsKey(flag)) {
            throw new IllegalArgumentException("unknown flag " + flag);
        }
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(flag, enabled);
    }

    public int overrideCount() {
        return Optional.ofNullable(overrides).map(Map::size).orElse(0);
    }

    public Set<String> overridden() {
        return Optional.ofNullable(overrides).map(m -> Set.copyOf(m.keySet())).orElseGet(Set::of);
    }

    public Optional<Boolean> overrideFor(String flag) {
        return Optional.ofNullable(overrides).flatMap(m -> Optional.ofNullable(m.get(flag)));
    }

    public void clearOverrides() {
        overrides = null;
    }

    private static void exerciseDefaults(SD07FeatureFlags f) {
        check(f.isEnabled("dark-mode"), "default on");
        check(!f.isEnabled("beta-search"), "default off");
        check(!f.isEnabled("unknown"), "unknown flag is off");
        check(f.overrideCount() == 0, "no overrides");
        check(f.overridden().isEmpty(), "empty overridden set");
        check(f.overrideFor("dark-mode").isEmpty(), "no override value");
        expect(IllegalArgumentException.class, () -> f.override("unknown", true));
    }

    public static void main(String[] args) {
        SD07FeatureFlags flags = new SD07FeatureFlags(Map.of("dark-mode", true, "beta-search", false));
        exerciseDefaults(flags);
        flags.clearOverrides();
        exerciseDefaults(flags);

        flags.override("beta-search", true);
        flags.override("dark-mode", false);
        check(flags.isEnabled("beta-search") && !flags.isEnabled("dark-mode"), "overrides applied");
        check(!flags.isEnabled("unknown"), "unknown while overridden");
        check(flags.overrideCount() == 2, "override count");
        check(flags.overridden().equals(Set.of("beta-search", "dark-mode")), "overridden set");
        check(flags.overrideFor("beta-search").orElseThrow(), "override value");
        expect(IllegalArgumentException.class, () -> flags.override("nope", false));
        expect(NoSuchElementException.class, () -> flags.overrideFor("unknown").orElseThrow());

        flags.clearOverrides();
        exerciseDefaults(flags);
        flags.clearOverrides();
        exerciseDefaults(flags);

        flags.override("dark-mode", false);
        check(!flags.isEnabled("dark-mode") && !flags.isEnabled("beta-search"), "recreated overrides");
        check(flags.overrideCount() == 1 && flags.overridden().equals(Set.of("dark-mode")), "recreated set");
        check(!flags.overrideFor("dark-mode").orElseThrow(), "recreated value");
        flags.clearOverrides();
        exerciseDefaults(flags);
        System.out.println("SD07FeatureFlags ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
