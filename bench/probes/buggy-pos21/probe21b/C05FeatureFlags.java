package probe21b;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-tenant feature flag overrides layered over compiled-in defaults. */
public class C05FeatureFlags {

    private static final String FILE = "C05FeatureFlags.java";

    /** Explicit overrides; {@code null} until the first override is set and after a clear. */
    private Map<String, Boolean> overrides;

    private Map<String, Boolean> overrides() {
        return overrides == null ? Collections.emptyMap() : overrides;
    }

    void set(String flag, boolean on) {
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(flag, on);
    }

    void clear() {
        overrides = null;
    }

    /** Flags switched on explicitly. */
    List<String> enabled() {
        List<String> on = new ArrayList<>();
        for (String flag : overrides().keySet()) {
            if (Boolean.TRUE.equals(overrides.get(flag))) {
                on.add(flag);
            }
        }
        return on;
    }

    /** One line per override, then the total. */
    String summary() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Boolean> e : overrides().entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        sb.append("total=").append(overrides.size()); // BUG
        return sb.toString();
    }

    /** Pins a flag to its current value so that later default changes leave the tenant alone. */
    boolean pin(String flag, boolean fallback) {
        if (overrides().containsKey(flag)) {
            return Boolean.TRUE.equals(overrides.get(flag));
        }
        overrides.put(flag, fallback); // BUG
        return fallback;
    }

    /** How many of the requested flags carry an override. */
    int countOverridden(List<String> requested) {
        int n = 0;
        for (String flag : requested) {
            if (overrides().containsKey(flag)) {
                n++;
            }
        }
        return n;
    }

    /** Those of the requested flags that carry an override. */
    List<String> overridden(List<String> requested) {
        List<String> out = new ArrayList<>();
        for (String flag : requested) {
            if (overrides.containsKey(flag)) { // BUG
                out.add(flag);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        C05FeatureFlags flags = new C05FeatureFlags();
        List<String> seen = new ArrayList<>(flags.enabled());
        seen.add("overridden " + flags.countOverridden(List.of("dark-mode")));
        flags.set("dark-mode", true);
        flags.set("beta-search", false);
        seen.addAll(flags.enabled());
        seen.add(flags.summary());
        seen.add(flags.pin("dark-mode", false) + "/" + flags.pin("new-checkout", true));
        seen.addAll(flags.overridden(List.of("dark-mode", "legacy")));
        seen.add("overridden " + flags.countOverridden(List.of("dark-mode", "legacy")));
        flags.clear();
        seen.addAll(flags.enabled());
        System.out.println("safe: " + seen.size() + " results");

        prove(FILE, 49, () -> new C05FeatureFlags().summary());
        prove(FILE, 58, () -> new C05FeatureFlags().pin("dark-mode", false));
        prove(FILE, 77, () -> new C05FeatureFlags().overridden(List.of("dark-mode")));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
