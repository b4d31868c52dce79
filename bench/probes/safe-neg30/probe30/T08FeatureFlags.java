package probe30;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Client-side feature flag cache refreshed from a remote source. */
public final class T08FeatureFlags {
    private final LongSupplier clockMillis;
    private final long ttlMillis;
    private HashMap<String, Boolean> flags;
    private long lastRefreshMillis; // 0 means never refreshed (or dropped); flags is null exactly then

    public T08FeatureFlags(LongSupplier clockMillis, long ttlMillis) {
        this.clockMillis = clockMillis;
        this.ttlMillis = ttlMillis;
    }

    public void refresh(Map<String, Boolean> source) {
        HashMap<String, Boolean> next = new HashMap<>();
        source.forEach((name, on) -> {
            if (on == null) throw new IllegalArgumentException("flag " + name + " has no value");
            next.put(name, on);
        });
        long now = Math.max(1L, clockMillis.getAsLong()); // 0 is reserved for "never"
        flags = next;
        lastRefreshMillis = now;
    }

    public boolean isEnabled(String name) {
        if (lastRefreshMillis == 0L) return false;
        return flags.getOrDefault(name, Boolean.FALSE);
    }

    public void setLocal(String name, boolean on) {
        if (lastRefreshMillis == 0L) throw new IllegalStateException("flags not loaded");
        flags.put(name, on);
    }

    public boolean isStale() {
        return lastRefreshMillis == 0L || clockMillis.getAsLong() - lastRefreshMillis >= ttlMillis;
    }

    public SortedSet<String> enabledFlags() {
        TreeSet<String> out = new TreeSet<>();
        if (lastRefreshMillis != 0L) {
            flags.forEach((name, on) -> {
                if (on) out.add(name);
            });
        }
        return out;
    }

    public void drop() {
        lastRefreshMillis = 0L;
        flags = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        AtomicLong now = new AtomicLong(0); // a clock that starts at the epoch
        T08FeatureFlags ff = new T08FeatureFlags(now::get, 100);
        assert !ff.isEnabled("dark-mode") && ff.isStale() && ff.enabledFlags().isEmpty();
        expectFailure(() -> ff.setLocal("dark-mode", true));
        ff.drop();

        ff.refresh(Map.of("dark-mode", true, "beta", false));
        assert ff.isEnabled("dark-mode") && !ff.isEnabled("beta") && !ff.isEnabled("unknown");
        assert !ff.isStale();
        ff.setLocal("beta", true);
        assert ff.enabledFlags().equals(new TreeSet<>(java.util.List.of("beta", "dark-mode")));
        now.set(500);
        assert ff.isStale();

        Map<String, Boolean> broken = new HashMap<>();
        broken.put("x", null);
        expectFailure(() -> ff.refresh(broken));
        assert ff.isEnabled("dark-mode"); // failed refresh keeps the old flags

        ff.drop();
        assert !ff.isEnabled("dark-mode") && ff.isStale() && ff.enabledFlags().isEmpty();
        expectFailure(() -> ff.setLocal("beta", false));
        System.out.println("T08 ok");
    }
}
