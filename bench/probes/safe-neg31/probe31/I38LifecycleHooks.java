package probe31;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** Application shutdown/startup hook registry, keyed by lifecycle phase; storage allocated lazily. */
public final class I38LifecycleHooks {
    public enum Phase { BEFORE_START, AFTER_START, BEFORE_STOP, AFTER_STOP }

    private EnumMap<Phase, List<Runnable>> hooks; // null until the first on(), and after clear()

    public void on(Phase phase, Runnable hook) {
        if (phase == null || hook == null) {
            throw new IllegalArgumentException("phase and hook are required");
        }
        if (hooks == null) {
            hooks = new EnumMap<>(Phase.class);
        }
        hooks.computeIfAbsent(phase, p -> new ArrayList<>()).add(hook);
    }

    public int fire(Phase phase) {
        List<Runnable> toRun = hooks == null ? List.of() : List.copyOf(hooks.getOrDefault(phase, List.of()));
        for (Runnable r : toRun) {
            r.run();
        }
        return toRun.size();
    }

    public boolean has(Phase phase) {
        return hooks != null && hooks.containsKey(phase);
    }

    public int hookCount() {
        if (hooks == null) {
            return 0;
        }
        int n = 0;
        for (List<Runnable> list : hooks.values()) {
            n += list.size();
        }
        return n;
    }

    public void clear() {
        hooks = null;
    }

    public static void main(String[] args) {
        I38LifecycleHooks lifecycle = new I38LifecycleHooks();
        if (lifecycle.fire(Phase.BEFORE_START) != 0 || lifecycle.has(Phase.AFTER_STOP) || lifecycle.hookCount() != 0) {
            throw new AssertionError("no hooks yet");
        }
        lifecycle.clear();
        List<String> trace = new ArrayList<>();
        lifecycle.on(Phase.BEFORE_START, () -> trace.add("migrate-db"));
        lifecycle.on(Phase.AFTER_START, () -> trace.add("warm-cache"));
        lifecycle.on(Phase.BEFORE_STOP, () -> trace.add("drain"));
        lifecycle.on(Phase.BEFORE_STOP, lifecycle::clear); // a hook that unregisters everything while firing
        lifecycle.on(Phase.AFTER_STOP, () -> trace.add("never"));
        for (Phase p : Phase.values()) {
            lifecycle.fire(p);
        }
        if (!trace.equals(List.of("migrate-db", "warm-cache", "drain"))) throw new AssertionError(trace.toString());
        if (lifecycle.hookCount() != 0 || lifecycle.has(Phase.valueOf("AFTER_STOP"))) throw new AssertionError("cleared by hook");
        if (lifecycle.fire(null) != 0) throw new AssertionError("null phase after clear");
        try {
            lifecycle.on(null, () -> { });
            throw new AssertionError("null phase");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        lifecycle.on(Phase.AFTER_STOP, () -> trace.add("bye"));
        System.out.println("I38 " + trace + " fired=" + lifecycle.fire(Phase.AFTER_STOP) + " " + trace);
    }
}
