package probe17p;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-tenant feature flags; unknown tenants end up with flags = Optional.orElse(null). */
public class R15FeatureFlags {

    static final class FlagStore {
        private final Map<String, Map<String, Boolean>> byTenant = new HashMap<>();

        Optional<Map<String, Boolean>> forTenant(String tenant) {
            return Optional.ofNullable(byTenant.get(tenant));
        }

        void put(String tenant, String flag, boolean on) {
            byTenant.computeIfAbsent(tenant, t -> new HashMap<>()).put(flag, on);
        }
    }

    private final String tenant;
    private final Map<String, Boolean> flags;

    public R15FeatureFlags(FlagStore store, String tenant) {
        this.tenant = tenant;
        this.flags = store.forTenant(tenant).orElse(null);
    }

    public boolean isEnabled(String flag) {
        return flags.getOrDefault(flag, Boolean.FALSE); // BUG
    }

    public void enableAll(Collection<String> names) {
        for (String n : names) {
            flags.put(n, Boolean.TRUE); // BUG
        }
    }

    public String summary() {
        return tenant + ": " + (flags == null ? "defaults" : flags.size() + " flags");
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R15FeatureFlags.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R15FeatureFlags.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        FlagStore store = new FlagStore();
        store.put("acme", "new-checkout", true);
        R15FeatureFlags acme = new R15FeatureFlags(store, "acme");
        acme.enableAll(List.of("dark-mode"));
        System.out.println(acme.summary() + " checkout=" + acme.isEnabled("new-checkout"));

        prove(33, () -> {
            R15FeatureFlags trial = new R15FeatureFlags(store, "trial-user-42");
            System.out.println(trial.summary());
            System.out.println(trial.isEnabled("new-checkout"));
        });
        prove(38, () -> new R15FeatureFlags(store, "globex").enableAll(List.of("beta")));
    }
}
