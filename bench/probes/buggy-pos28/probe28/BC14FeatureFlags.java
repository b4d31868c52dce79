package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feature-flag client resembling LaunchDarkly / Unleash SDKs: rules are loaded in
 * init(), process-wide overrides can be pinned for tests, and users fall into
 * cohorts that enable flags for percentage rollouts.
 */
public class BC14FeatureFlags {

    private static Map<String, Boolean> OVERRIDES = new ConcurrentHashMap<>();

    private final String environment;
    private Map<String, Integer> rules;
    private final Map<String, Boolean> internalCohort = Map.of("beta-ui", true, "new-billing", true);
    private final Map<String, Boolean> partnerCohort = Map.of("beta-ui", true);

    public BC14FeatureFlags(String environment) {
        this.environment = environment;
    }

    public void init() {
        rules = new HashMap<>();
        rules.put("beta-ui", 50);
        rules.put("new-billing", "prod".equals(environment) ? 0 : 100);
        rules.put("dark-mode", 100);
    }

    public static void pin(String flag, boolean value) {
        if (OVERRIDES == null) {
            OVERRIDES = new ConcurrentHashMap<>();
        }
        OVERRIDES.put(flag, value);
    }

    public static void reset() {
        OVERRIDES = null;
    }

    static boolean isPinned(String flag) {
        return OVERRIDES.containsKey(flag);
    }

    public boolean isEnabled(String flag, String userId) {
        Map<String, Boolean> pinned = OVERRIDES;
        if (pinned != null && pinned.containsKey(flag)) {
            return pinned.get(flag);
        }
        if (rules == null) {
            return false;
        }
        int percent = rules.getOrDefault(flag, 0);
        return Math.floorMod(userId.hashCode(), 100) < percent;
    }

    public int rolloutPercent(String flag) {
        return rules.getOrDefault(flag, 0);
    }

    public boolean cohortEnabled(String flag, String cohortName) {
        Map<String, Boolean> cohort = null;
        switch (cohortName) {
            case "internal":
                cohort = internalCohort;
                break;
            case "partner":
                cohort = partnerCohort;
                break;
            default:
                break;
        }
        return cohort.getOrDefault(flag, false);
    }

    public boolean cohortEnabledOrFalse(String flag, String cohortName) {
        Map<String, Boolean> cohort = "internal".equals(cohortName) ? internalCohort
                : "partner".equals(cohortName) ? partnerCohort : null;
        return cohort != null && cohort.getOrDefault(flag, false);
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC14FeatureFlags.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC14FeatureFlags.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC14FeatureFlags flags = new BC14FeatureFlags("staging");
        System.out.println("before init=" + flags.isEnabled("dark-mode", "u1"));
        flags.init();
        pin("beta-ui", false);
        System.out.println("dark=" + flags.isEnabled("dark-mode", "u1") + " beta=" + flags.isEnabled("beta-ui", "u1")
                + " pinned=" + isPinned("beta-ui") + " billing%=" + flags.rolloutPercent("new-billing"));
        System.out.println("internal=" + flags.cohortEnabled("new-billing", "internal")
                + " partner=" + flags.cohortEnabled("new-billing", "partner")
                + " guest=" + flags.cohortEnabledOrFalse("beta-ui", "guest"));
        reset();
        System.out.println("after reset beta=" + flags.isEnabled("beta-ui", "u7"));
        pin("dark-mode", false);
        System.out.println("re-pinned=" + isPinned("dark-mode"));

        reset();
        expectNpe("pinned check after reset", 44, () -> isPinned("dark-mode"));
        BC14FeatureFlags cold = new BC14FeatureFlags("prod");
        expectNpe("rollout before init", 60, () -> cold.rolloutPercent("beta-ui"));
        expectNpe("unknown cohort", 75, () -> flags.cohortEnabled("beta-ui", "guest"));
    }
}
