package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Feature-flag store of a microservice. Thread-safe by copy-on-write: readers take one read
 * of the volatile snapshot field into a local and use only that local; writers build a new
 * map under a lock and publish it. No flags published yet (or after clear()) means null.
 */
public final class D35FeatureFlagStore {

    private final Object writeLock = new Object();
    private volatile Map<String, Boolean> flags; // immutable snapshot; null until the first publish
    private volatile long version;

    public boolean isEnabled(String flag) {
        Map<String, Boolean> snap = flags;
        return snap != null && Boolean.TRUE.equals(snap.get(flag));
    }

    public void set(String flag, boolean on) {
        synchronized (writeLock) {
            Map<String, Boolean> cur = flags;
            Map<String, Boolean> next = cur == null ? new HashMap<>() : new HashMap<>(cur);
            next.put(flag, on);
            flags = Collections.unmodifiableMap(next);
            version++;
        }
    }

    public void setAll(Map<String, Boolean> updates) {
        synchronized (writeLock) {
            Map<String, Boolean> cur = flags;
            Map<String, Boolean> next = new HashMap<>();
            if (cur != null) {
                next.putAll(cur);
            }
            updates.forEach((k, v) -> next.put(k, Boolean.TRUE.equals(v)));
            flags = Collections.unmodifiableMap(next);
            version++;
        }
    }

    public Map<String, Boolean> snapshot() {
        Map<String, Boolean> snap = flags;
        return snap == null ? Map.of() : snap;
    }

    public Set<String> enabledFlags() {
        Map<String, Boolean> snap = flags;
        if (snap == null) {
            return Set.of();
        }
        return snap.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public int count() {
        Map<String, Boolean> snap = flags;
        return snap == null ? 0 : snap.size();
    }

    public void clear() {
        synchronized (writeLock) {
            flags = null;
            version++;
        }
    }

    public long version() {
        return version;
    }

    public static void main(String[] args) throws InterruptedException {
        D35FeatureFlagStore store = new D35FeatureFlagStore();
        System.out.println(store.isEnabled("dark-mode") + " " + store.snapshot() + " " + store.enabledFlags() + " " + store.count());
        store.set("dark-mode", true);
        store.setAll(Map.of("beta-checkout", false, "new-search", true));
        System.out.println(store.isEnabled("dark-mode") + " " + store.isEnabled("beta-checkout") + " " + store.enabledFlags()
                + " " + store.count() + " v" + store.version());
        store.clear();
        System.out.println(store.count() + " " + store.isEnabled("dark-mode"));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 3000; i++) {
                    store.set("flag-" + (i % 10), (i + id) % 2 == 0);
                    store.isEnabled("flag-3");
                    store.enabledFlags();
                    store.snapshot().size();
                    if (i % 500 == 0) {
                        store.clear();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("at most 10 flags: " + (store.count() <= 10) + " v" + store.version());
    }
}
