package probe18;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Feature-flag set for a deployment, built from defaults or a compact "a=on,b=off" spec. */
public final class N21FeatureFlags {
    private SortedMap<String, Boolean> flags;

    public N21FeatureFlags(Map<String, Boolean> defaults) {
        this.flags = defaults == null ? new TreeMap<>() : new TreeMap<>(defaults);
    }

    public N21FeatureFlags(String spec) {
        this.flags = spec == null || spec.isBlank() ? new TreeMap<>() : parse(spec);
    }

    private static SortedMap<String, Boolean> parse(String spec) {
        SortedMap<String, Boolean> out = new TreeMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (!kv[0].isEmpty()) {
                out.put(kv[0], kv.length < 2 || kv[1].equalsIgnoreCase("on") || kv[1].equalsIgnoreCase("true"));
            }
        }
        return out;
    }

    public boolean enabled(String name) {
        return flags.getOrDefault(name, Boolean.FALSE);
    }

    public void replaceAll(Map<String, Boolean> replacement) {
        flags = replacement != null ? new TreeMap<>(replacement) : flags;
    }

    public N21FeatureFlags withOverride(String name, boolean on) {
        N21FeatureFlags copy = new N21FeatureFlags(flags);
        copy.flags.put(name, on);
        return copy;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Boolean> e : flags.entrySet()) {
            sb.append(e.getKey()).append(e.getValue() ? "+ " : "- ");
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        N21FeatureFlags none = new N21FeatureFlags((Map<String, Boolean>) null);
        N21FeatureFlags blank = new N21FeatureFlags("  ");
        N21FeatureFlags nullSpec = new N21FeatureFlags((String) null);
        System.out.println(none.enabled("x") + " " + blank.describe() + "|" + nullSpec.describe() + "|");
        N21FeatureFlags spec = new N21FeatureFlags("newCheckout=on, darkMode=off, beta, =on");
        System.out.println(spec.describe() + " beta=" + spec.enabled("beta"));
        spec.replaceAll(null);
        System.out.println("after null replace: " + spec.describe());
        spec.replaceAll(Map.of("legacy", true));
        System.out.println(spec.describe() + " / " + spec.withOverride("legacy", false).describe());
        System.out.println(none.withOverride("z", true).describe());
    }
}
