package probe32;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Generic versioned configuration holder (Archaius / Spring Cloud Config style) with
 * compare-and-publish semantics. The snapshot map is null exactly when version == NONE;
 * all reads test the version number rather than the map.
 */
public class SA33VersionedConfig<K extends Comparable<K>, V> {

    public static final long NONE = 0L;

    private Map<K, V> snapshot;      // null <=> version == NONE
    private long version = NONE;
    private long generation;

    public long publish(Map<K, V> values) {
        snapshot = Collections.unmodifiableMap(new HashMap<>(values));
        version = ++generation;
        return version;
    }

    public boolean compareAndPublish(long expectedVersion, Map<K, V> values) {
        if (version != expectedVersion) {
            return false;
        }
        publish(values);
        return true;
    }

    public void retract() {
        snapshot = null;
        version = NONE;
    }

    public long version() {
        return version;
    }

    public Optional<V> get(K key) {
        if (version == NONE) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.get(key));
    }

    public V getOrDefault(K key, V fallback) {
        return version == NONE ? fallback : snapshot.getOrDefault(key, fallback);
    }

    /** Keys whose values differ between this holder and another one. */
    public TreeSet<K> diff(SA33VersionedConfig<K, V> other) {
        TreeSet<K> changed = new TreeSet<>();
        if (version != NONE) {
            changed.addAll(snapshot.keySet());
        }
        if (other.version != NONE) {
            changed.addAll(other.snapshot.keySet());
        }
        changed.removeIf(k -> get(k).equals(other.get(k)));
        return changed;
    }

    public static void main(String[] args) {
        SA33VersionedConfig<String, Integer> live = new SA33VersionedConfig<>();
        SA33VersionedConfig<String, Integer> staged = new SA33VersionedConfig<>();
        System.out.println("none: get=" + live.get("timeout") + " default=" + live.getOrDefault("timeout", 30)
                + " diff=" + live.diff(staged) + " v=" + live.version());
        long v1 = live.publish(Map.of("timeout", 10, "retries", 3));
        System.out.println("v" + v1 + ": timeout=" + live.get("timeout").orElse(-1) + " diff vs empty=" + live.diff(staged));
        staged.publish(Map.of("timeout", 20, "retries", 3, "pool", 8));
        System.out.println("diff=" + live.diff(staged) + " reverse=" + staged.diff(live));
        System.out.println("stale CAS=" + live.compareAndPublish(v1 - 1, Map.of()) + " CAS=" + live.compareAndPublish(v1, Map.of("timeout", 20)));
        live.retract();
        live.retract();
        System.out.println("retracted: get=" + live.get("timeout") + " default=" + live.getOrDefault("retries", 5)
                + " diff=" + live.diff(staged) + " CAS from NONE=" + live.compareAndPublish(NONE, Map.of("pool", 8)));
        System.out.println("after CAS v=" + live.version() + " pool=" + live.getOrDefault("pool", 0));
    }
}
