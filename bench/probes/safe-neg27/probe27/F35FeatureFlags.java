package probe27;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Feature-flag client whose tables are all optional; null checks are written in several spellings. */
public final class F35FeatureFlags {
    private Map<String, Boolean> flags;        // null until load()
    private Map<String, Integer> rollout;      // null unless a percentage was configured
    private Map<String, String> descriptions;  // null unless documented

    public void load(String spec) {
        Map<String, Boolean> f = new TreeMap<>();
        for (String item : spec.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) continue;
            String[] kv = s.split("=", 2);
            String name = kv[0];
            String value = kv.length > 1 ? kv[1] : "on";
            if (value.endsWith("%")) {
                if (null == rollout) rollout = new HashMap<>();
                rollout.put(name, Integer.parseInt(value.substring(0, value.length() - 1)));
                f.put(name, true);
            } else {
                f.put(name, value.equals("on"));
            }
        }
        flags = f;
    }

    public void describe(String flag, String text) {
        if (Objects.isNull(descriptions)) descriptions = new HashMap<>();
        descriptions.put(flag, text);
    }

    public boolean isOn(String flag) {
        if (Objects.nonNull(flags)) {
            return Boolean.TRUE.equals(flags.get(flag));
        }
        return false;
    }

    public int rolloutPercent(String flag) {
        if (null != rollout && rollout.containsKey(flag)) return rollout.get(flag);
        return isOn(flag) ? 100 : 0;
    }

    public boolean isOnFor(String flag, String userId) {
        return isOn(flag) && Math.floorMod(Objects.hash(flag, userId), 100) < rolloutPercent(flag);
    }

    public boolean isKnown(String flag) { return !Objects.isNull(flags) && flags.containsKey(flag); }

    public String description(String flag) {
        if (!(descriptions == null)) {
            String d = descriptions.get(flag);
            if (d != null) return d;
        }
        return "(undocumented)";
    }

    public Map<String, Boolean> effective() { return Map.copyOf(Objects.requireNonNullElse(flags, Map.of())); }

    public int countEnabled() {
        return Optional.ofNullable(flags).map(f -> (int) f.values().stream().filter(Boolean::booleanValue).count()).orElse(0);
    }

    public int size() {
        Map<String, Boolean> f = flags;
        return f == null ? 0 : f.size();
    }

    public void reset() {
        flags = null;
        rollout = null;
        descriptions = null;
    }

    public static void main(String[] args) {
        F35FeatureFlags ff = new F35FeatureFlags();
        assert !ff.isOn("dark-mode") && ff.rolloutPercent("dark-mode") == 0 && !ff.isKnown("dark-mode");
        assert ff.description("dark-mode").equals("(undocumented)") && ff.effective().isEmpty();
        assert ff.countEnabled() == 0 && ff.size() == 0 && !ff.isOnFor("dark-mode", "u1");

        ff.load("dark-mode, beta=off, new-checkout=0%, search-v2=100%,");
        assert ff.isOn("dark-mode") && !ff.isOn("beta") && ff.isKnown("beta") && !ff.isKnown("gamma");
        assert ff.rolloutPercent("dark-mode") == 100 && ff.rolloutPercent("beta") == 0;
        assert ff.rolloutPercent("new-checkout") == 0 && ff.rolloutPercent("search-v2") == 100;
        assert !ff.isOnFor("new-checkout", "u1") && ff.isOnFor("search-v2", "u1") && ff.isOnFor("dark-mode", "u2");
        assert ff.countEnabled() == 3 && ff.size() == 4;
        assert ff.effective().equals(Map.of("dark-mode", true, "beta", false, "new-checkout", true, "search-v2", true));

        ff.describe("beta", "Beta programme");
        assert ff.description("beta").equals("Beta programme") && ff.description("x").equals("(undocumented)");
        ff.reset();
        assert !ff.isOn("dark-mode") && ff.description("beta").equals("(undocumented)") && ff.countEnabled() == 0;
        ff.load("solo=off");
        assert ff.rolloutPercent("solo") == 0 && ff.size() == 1;
        System.out.println("F35 ok");
    }
}
