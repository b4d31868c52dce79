package probe18;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Consistent-hash ring mapping keys to storage shards; an empty ring is represented by no map at all. */
public final class N39ShardRoutingTable {
    private static final int VIRTUAL_NODES = 4;
    private NavigableMap<Integer, String> ring;

    public N39ShardRoutingTable() {
    }

    public N39ShardRoutingTable(N39ShardRoutingTable other) {
        this.ring = other.ring == null ? null : new TreeMap<>(other.ring);
    }

    private static int hash(String s) {
        int h = s.hashCode() * 0x9E3779B1;
        return h ^ (h >>> 16);
    }

    public void addNode(String node) {
        if (ring == null) {
            ring = new TreeMap<>();
        }
        for (int v = 0; v < VIRTUAL_NODES; v++) {
            ring.put(hash(node + "#" + v), node);
        }
    }

    public void removeNode(String node) {
        if (ring == null) {
            return;
        }
        ring.values().removeIf(node::equals);
        if (ring.isEmpty()) {
            ring = null;
        }
    }

    public Optional<String> route(String key) {
        if (ring == null || ring.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> e = ring.ceilingEntry(hash(key));
        return Optional.of(e != null ? e.getValue() : ring.firstEntry().getValue());
    }

    public int nodeCount() {
        return ring == null ? 0 : (int) ring.values().stream().distinct().count();
    }

    public void clear() {
        ring = null;
    }

    public static void main(String[] args) {
        N39ShardRoutingTable t = new N39ShardRoutingTable();
        System.out.println(t.route("user:1") + " nodes=" + t.nodeCount());
        t.removeNode("ghost");
        N39ShardRoutingTable emptyCopy = new N39ShardRoutingTable(t);
        emptyCopy.addNode("shard-x");
        t.addNode("shard-a");
        t.addNode("shard-b");
        N39ShardRoutingTable copy = new N39ShardRoutingTable(t);
        t.removeNode("shard-a");
        t.removeNode("shard-b");
        System.out.println(t.route("user:1") + " copy=" + copy.route("user:1").isPresent() + " nodes=" + copy.nodeCount());
        copy.clear();
        System.out.println(copy.route("k") + " " + emptyCopy.route("k") + " " + new N39ShardRoutingTable(copy).nodeCount());
    }
}
