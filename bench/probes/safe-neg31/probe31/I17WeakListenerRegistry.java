package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/** Config-change listeners held weakly so that abandoned components can be collected. */
public final class I17WeakListenerRegistry {
    public interface ConfigListener {
        void onChange(String key, String value);
    }

    private WeakHashMap<ConfigListener, String> listeners; // lazily created; dropped by shutdown()

    public synchronized void addListener(ConfigListener listener, String owner) {
        if (listener == null || owner == null) {
            throw new IllegalArgumentException("listener and owner are required");
        }
        if (listeners == null) {
            listeners = new WeakHashMap<>();
        }
        listeners.put(listener, owner);
    }

    public synchronized boolean removeListener(ConfigListener listener) {
        if (listeners == null) {
            return false;
        }
        return listeners.remove(listener) != null;
    }

    public int fire(String key, String value) {
        List<ConfigListener> snapshot;
        synchronized (this) {
            if (listeners == null) {
                return 0;
            }
            snapshot = new ArrayList<>(listeners.keySet());
        }
        for (ConfigListener l : snapshot) {
            l.onChange(key, value);
        }
        return snapshot.size();
    }

    public synchronized Set<String> owners() {
        if (listeners == null) {
            return Set.of();
        }
        return new TreeSet<>(listeners.values());
    }

    public synchronized void shutdown() {
        listeners = null;
    }

    public static void main(String[] args) {
        I17WeakListenerRegistry registry = new I17WeakListenerRegistry();
        List<String> seen = new ArrayList<>();
        ConfigListener http = (k, v) -> seen.add("http:" + k + "=" + v);
        ConfigListener db = (k, v) -> seen.add("db:" + k + "=" + v);
        if (registry.fire("x", "1") != 0 || !registry.owners().isEmpty() || registry.removeListener(http)) {
            throw new AssertionError("empty registry");
        }
        registry.addListener(http, "http-server");
        registry.addListener(db, "datasource");
        ConfigListener killer = (k, v) -> registry.shutdown(); // shuts down during delivery
        registry.addListener(killer, "killer");
        if (!registry.owners().equals(Set.of("http-server", "datasource", "killer"))) throw new AssertionError("owners");
        if (!registry.removeListener(db) || registry.removeListener(db)) throw new AssertionError("remove");
        int delivered = registry.fire("timeout", "30s");
        if (delivered != 2 || !seen.contains("http:timeout=30s")) throw new AssertionError("fire " + delivered + seen);
        if (registry.fire("timeout", "60s") != 0 || !registry.owners().isEmpty()) throw new AssertionError("after shutdown");
        registry.shutdown();
        if (registry.removeListener(killer) || registry.removeListener(http)) throw new AssertionError("gone");
        registry.addListener(db, "datasource"); // usable again after shutdown
        try {
            registry.addListener(null, "nobody");
            throw new AssertionError("null listener");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I17 " + seen + " then " + registry.fire("pool", "8") + " " + seen);
    }
}
