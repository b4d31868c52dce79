package probe16p;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class Q15FeatureFlags {
    private final Map<String, Boolean> defaults = new HashMap<>();
    private final Map<String, Map<String, Boolean>> overridesByEnvironment = new HashMap<>();
    private final Map<String, Map<String, Boolean>> segmentsByName = new HashMap<>();

    public Q15FeatureFlags() {
        defaults.put("new-checkout", false);
        defaults.put("dark-mode", true);
        overridesByEnvironment.put("staging", new HashMap<>(Map.of("new-checkout", true)));
        segmentsByName.put("beta-testers", new HashMap<>(Map.of("new-checkout", true)));
    }

    private Optional<Map<String, Boolean>> overridesFor(String environment) {
        return Optional.ofNullable(overridesByEnvironment.get(environment));
    }

    public boolean isEnabled(String environment, String flag) {
        Map<String, Boolean> overrides = overridesFor(environment).orElse(null);
        return overrides.getOrDefault(flag, defaults.getOrDefault(flag, false)); // BUG
    }

    public boolean isEnabledForSegment(String segment, String flag) {
        Map<String, Boolean> segmentFlags = Optional.ofNullable(segmentsByName.get(segment)).orElse(null);
        if (segmentFlags.containsKey(flag)) { // BUG
            return segmentFlags.get(flag);
        }
        return defaults.getOrDefault(flag, false);
    }

    public boolean isEnabledSafely(String environment, String flag) {
        return overridesFor(environment)
                .map(o -> o.get(flag))
                .orElse(defaults.getOrDefault(flag, false));
    }

    public static void main(String[] args) {
        Q15FeatureFlags flags = new Q15FeatureFlags();
        System.out.println("staging new-checkout = " + flags.isEnabled("staging", "new-checkout"));
        System.out.println("beta new-checkout = " + flags.isEnabledForSegment("beta-testers", "new-checkout"));
        System.out.println("prod dark-mode (safe) = " + flags.isEnabledSafely("production", "dark-mode"));

        prove("production flag lookup", () -> flags.isEnabled("production", "dark-mode"));
        prove("unknown segment lookup", () -> flags.isEnabledForSegment("employees", "new-checkout"));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
