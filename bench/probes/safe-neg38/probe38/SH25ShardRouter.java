package probe38;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Consistent-hash shard router of a storage client. Preconditions are
 * written Guava-style with a local {@link #checkState(boolean, String)}
 * helper that throws when its condition is false. The hash ring is null
 * until the first shard is added and again once the last one is removed;
 * when non-null it is never empty. Single-threaded.
 */
public final class SH25ShardRouter {

    private static final int VNODES = 8;

    private NavigableMap<Integer, String> ring; // hash -> shard; null or non-empty

    private static void checkState(boolean expression, String message) {
        if (!expression) {
            throw new IllegalStateException(message);
        }
    }

    private static void checkArgument(boolean expression, String message) {
        if (!expression) {
            throw new IllegalArgumentException(message);
        }
    }

    private static int hash(String s) {
        int h = s.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    public void addShard(String name) {
        checkArgument(name != null && !name.isBlank(), "shard name required");
        if (ring == null) {
            ring = new TreeMap<>();
        }
        for (int i = 0; i < VNODES; i++) {
            ring.put(hash(name + "#" + i), name);
        }
    }

    public boolean removeShard(String name) {
        checkArgument(name != null, "shard name required");
        checkState(ring != null, "router has no shards");
        boolean removed = ring.values().removeIf(name::equals);
        if (ring.isEmpty()) {
            ring = null;
        }
        return removed;
    }

    public String route(String key) {
        checkArgument(key != null, "key required");
        checkState(ring != null, "router has no shards");
        Map.Entry<Integer, String> e = ring.ceilingEntry(hash(key));
        return (e != null ? e : ring.firstEntry()).getValue();
    }

    public int virtualNodes() {
        return ring == null ? 0 : ring.size();
    }

    public void decommission() {
        ring = null;
    }

    public static void main(String[] args) {
        SH25ShardRouter r = new SH25ShardRouter();
        // phase 1: before the map exists
        check(r.virtualNodes() == 0, "no ring");
        expect(IllegalStateException.class, () -> r.route("user:1"));
        expect(IllegalStateException.class, () -> r.removeShard("a"));
        expect(IllegalArgumentException.class, () -> r.addShard(" "));
        // phase 2: while it exists
        r.addShard("shard-a");
        r.addShard("shard-b");
        r.addShard("shard-c");
        String first = r.route("user:42");
        check(first.startsWith("shard-") && first.equals(r.route("user:42")), "stable routing");
        int hits = 0;
        for (int i = 0; i < 300; i++) {
            hits += r.route("k" + i).equals("shard-b") ? 1 : 0;
        }
        check(hits > 0 && hits < 300, "shard-b gets some keys: " + hits);
        check(r.removeShard("shard-b") && !r.removeShard("shard-b"), "remove b");
        for (int i = 0; i < 300; i++) {
            check(!r.route("k" + i).equals("shard-b"), "b no longer routed");
        }
        // phase 3: after it is dropped (twice: by removing the last shards, then decommission)
        r.removeShard("shard-a");
        r.removeShard("shard-c");
        check(r.virtualNodes() == 0, "ring dropped when empty");
        expect(IllegalStateException.class, () -> r.route("user:42"));
        r.decommission();
        expect(IllegalStateException.class, () -> r.removeShard("shard-a"));
        // phase 4: created again
        r.addShard("shard-z");
        check("shard-z".equals(r.route("user:42")) && r.virtualNodes() > 0, "single shard");
        System.out.println("SH25ShardRouter OK vnodes=" + r.virtualNodes());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
