package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class S04FeatureFlagStore {
    private Map<String, Boolean> flags;
    private Map<String, Integer> rolloutPercent;

    public void load(Map<String, Boolean> source) {
        flags = source == null ? null : new HashMap<>(source);
    }

    public void loadRollouts(Map<String, Integer> source) {
        rolloutPercent = source;
    }

    public boolean isEnabled(String flag) {
        return Optional.ofNullable(flags)
                .map(m -> m.get(flag))
                .orElse(Boolean.FALSE);
    }

    public int rollout(String flag) {
        return Optional.ofNullable(rolloutPercent)
                .flatMap(m -> Optional.ofNullable(m.get(flag)))
                .orElse(0);
    }

    public Optional<Map<String, Boolean>> snapshot() {
        return Optional.ofNullable(flags).map(HashMap::new);
    }

    public void clear() {
        flags = null;
        rolloutPercent = null;
    }

    public static void main(String[] args) {
        S04FeatureFlagStore store = new S04FeatureFlagStore();
        System.out.println("dark-mode before load: " + store.isEnabled("dark-mode"));
        System.out.println("rollout before load: " + store.rollout("dark-mode"));
        System.out.println("snapshot present: " + store.snapshot().isPresent());

        Map<String, Boolean> src = new HashMap<>();
        src.put("dark-mode", true);
        src.put("beta-search", false);
        store.load(src);
        Map<String, Integer> roll = new HashMap<>();
        roll.put("dark-mode", 25);
        store.loadRollouts(roll);
        System.out.println("dark-mode: " + store.isEnabled("dark-mode"));
        System.out.println("beta-search: " + store.isEnabled("beta-search"));
        System.out.println("rollout: " + store.rollout("dark-mode"));
        store.snapshot().ifPresent(m -> System.out.println("snapshot size " + m.size()));

        store.load(null);
        System.out.println("after null load: " + store.isEnabled("dark-mode"));
        store.clear();
        System.out.println("after clear rollout: " + store.rollout("dark-mode"));
    }
}
