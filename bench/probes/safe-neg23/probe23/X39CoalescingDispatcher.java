package probe23;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Coalescing event dispatcher for a single event-loop thread. Events for the same key are merged
 * until dispatch. Listeners may publish or cancel events while a batch is being delivered; the
 * dispatch loop runs {@code while (pending != null)}, reads the field first thing in the body, and
 * then detaches it before any listener runs. Not thread-safe.
 */
public final class X39CoalescingDispatcher {

    private final List<BiConsumer<String, Integer>> listeners = new ArrayList<>();
    private LinkedHashMap<String, Integer> pending;
    private boolean dispatching;
    private int batches;

    public void addListener(BiConsumer<String, Integer> listener) {
        listeners.add(listener);
    }

    public void publish(String key) {
        if (pending == null) {
            pending = new LinkedHashMap<>();
        }
        pending.merge(key, 1, Integer::sum);
        if (!dispatching) {
            dispatch();
        }
    }

    public boolean cancel(String key) {
        if (pending == null || pending.remove(key) == null) {
            return false;
        }
        if (pending.isEmpty()) {
            pending = null;
        }
        return true;
    }

    public int pendingCount() {
        return pending == null ? 0 : pending.size();
    }

    private void dispatch() {
        dispatching = true;
        try {
            while (pending != null) {
                batches++;
                System.out.println("  batch " + batches + ": " + pending.size() + " key(s) " + pending.keySet());
                Map<String, Integer> batch = pending;
                pending = null;
                for (Map.Entry<String, Integer> e : batch.entrySet()) {
                    for (BiConsumer<String, Integer> l : List.copyOf(listeners)) {
                        l.accept(e.getKey(), e.getValue());
                    }
                }
            }
        } finally {
            dispatching = false;
        }
    }

    public static void main(String[] args) {
        X39CoalescingDispatcher d = new X39CoalescingDispatcher();
        System.out.println("idle: pending=" + d.pendingCount() + " cancel=" + d.cancel("x"));
        d.addListener((key, n) -> System.out.println("    " + key + " x" + n));
        d.addListener((key, n) -> {
            if (key.equals("config.changed")) {
                d.publish("cache.flush");
                d.publish("cache.flush");
                d.publish("index.rebuild");
                d.cancel("index.rebuild");
            } else if (key.equals("cache.flush")) {
                d.publish("metrics.report");
                d.cancel("metrics.report");
            }
        });
        d.publish("user.login");
        d.publish("config.changed");
        System.out.println("done: pending=" + d.pendingCount() + " batches=" + d.batches);
    }
}
