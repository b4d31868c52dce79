package probe19b;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Routes keys to shard owners. Ownership is pushed by the coordinator after start-up. */
public class Y02ShardRouter {

    enum Topology { UNASSIGNED, SINGLE, SHARDED }

    private final String localNode;
    private TreeMap<Integer, String> owners; // shard id -> node

    Y02ShardRouter(String localNode) {
        this.localNode = localNode;
    }

    void assign(Map<Integer, String> assignment) {
        owners = new TreeMap<>(assignment);
    }

    /** Coordinator lost quorum: forget everything until the next assignment. */
    void revokeAll() {
        owners = null;
    }

    int shardCount() {
        return owners == null ? 0 : owners.size();
    }

    Topology topology() {
        switch (shardCount()) {
            case 0:
                return Topology.UNASSIGNED;
            case 1:
                return Topology.SINGLE;
            default:
                return Topology.SHARDED;
        }
    }

    /** Hot path: every request goes through here. */
    String route(String key) {
        return switch (shardCount()) {
            case 0 -> localNode;
            case 1 -> owners.firstEntry().getValue();
            default -> owners.get(Math.floorMod(key.hashCode(), owners.size()));
        };
    }

    boolean ownsLocally(int shard) {
        return topology() != Topology.UNASSIGNED && localNode.equals(owners.get(shard));
    }

    /** Node that should receive a rebalance hint for this key. */
    String primaryFor(String key) {
        switch (topology()) {
            case SHARDED:
                return owners.get(Math.floorMod(key.hashCode(), owners.size()));
            case UNASSIGNED:
            case SINGLE:
                return owners.firstEntry().getValue(); // BUG
            default:
                throw new IllegalStateException("unknown topology");
        }
    }

    /** Status page line; single-owner clusters get a short form. */
    String describe() {
        if (shardCount() == 1) {
            return "single owner " + owners.firstEntry().getValue();
        }
        StringJoiner j = new StringJoiner(", ", "shards[", "]");
        for (Map.Entry<Integer, String> e : owners.entrySet()) { // BUG
            j.add(e.getKey() + "->" + e.getValue());
        }
        return j.toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y02ShardRouter.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y02ShardRouter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y02ShardRouter router = new Y02ShardRouter("node-a");
        System.out.println("before assignment: " + router.route("user:1") + " " + router.topology()
                + " owns0=" + router.ownsLocally(0));
        router.assign(Map.of(0, "node-a", 1, "node-b", 2, "node-c"));
        System.out.println(router.route("user:1") + " " + router.primaryFor("user:1") + " " + router.describe()
                + " owns0=" + router.ownsLocally(0));
        router.assign(Map.of(0, "node-b"));
        System.out.println(router.describe() + " " + router.primaryFor("k"));

        prove(63, () -> {
            Y02ShardRouter r = new Y02ShardRouter("node-a");
            r.assign(Map.of(0, "node-a", 1, "node-b"));
            r.revokeAll();
            System.out.println(r.primaryFor("order:77"));
        });
        prove(75, () -> System.out.println(new Y02ShardRouter("node-z").describe()));
    }
}
