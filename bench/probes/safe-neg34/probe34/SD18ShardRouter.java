package probe34;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Tenant-to-shard router; the routing table is valid only while its epoch matches the topology epoch. */
public class SD18ShardRouter {
    private long topologyEpoch;          // bumped on every topology change
    private long tableEpoch = -1L;       // epoch the table was built for, -1 when there is no table
    private Map<String, Integer> table;  // non-null whenever tableEpoch == topologyEpoch
    private int shardCount;

    private boolean tableCurrent() {
        return tableEpoch == topologyEpoch;
    }

    public void setTopology(int shards) {
        if (shards <= 0) {
            throw new IllegalArgumentException("shard count must be positive");
        }
        shardCount = shards;
        topologyEpoch++;
        table = null; // stale tables are discarded eagerly
    }

    public void rebuild(List<String> tenants) {
        if (shardCount == 0) {
            throw new IllegalStateException("no topology configured");
        }
        Map<String, Integer> fresh = new HashMap<>();
        for (String tenant : tenants) {
            fresh.put(tenant, Math.floorMod(tenant.hashCode(), shardCount));
        }
        table = fresh;
        tableEpoch = topologyEpoch;
    }

    public int route(String tenant) {
        if (!tableCurrent()) {
            throw new IllegalStateException("routing table is stale");
        }
        Integer shard = table.get(tenant);
        if (shard == null) {
            throw new NoSuchElementException("unknown tenant " + tenant);
        }
        return shard;
    }

    public int tenantCount() {
        return tableCurrent() ? table.size() : 0;
    }

    public boolean isRoutable() {
        return tableCurrent();
    }

    public long epoch() {
        return topologyEpoch;
    }

    public void drop() {
        table = null;
        tableEpoch = -1L;
    }

    private static void exerciseStale(SD18ShardRouter r) {
        check(!r.isRoutable(), "not routable");
        expect(IllegalStateException.class, () -> r.route("acme"));
        check(r.tenantCount() == 0, "no tenants while stale");
        expect(IllegalArgumentException.class, () -> r.setTopology(0));
        r.drop();
    }

    public static void main(String[] args) {
        SD18ShardRouter router = new SD18ShardRouter();
        exerciseStale(router);
        expect(IllegalStateException.class, () -> router.rebuild(List.of("acme")));
        check(router.epoch() == 0, "initial epoch");

        router.setTopology(4);
        exerciseStale(router); // topology known, table not built yet
        router.rebuild(List.of("acme", "globex", "initech"));
        check(router.isRoutable() && router.tenantCount() == 3, "routable");
        int shard = router.route("acme");
        check(shard >= 0 && shard < 4 && shard == Math.floorMod("acme".hashCode(), 4), "route acme");
        expect(NoSuchElementException.class, () -> router.route("umbrella"));
        expect(IllegalArgumentException.class, () -> router.setTopology(-1));
        check(router.isRoutable() && router.epoch() == 1, "failed topology change keeps the table");

        router.setTopology(8); // stale: table dropped
        exerciseStale(router);
        router.rebuild(List.of("acme"));
        check(router.route("acme") == Math.floorMod("acme".hashCode(), 8), "rebuilt for 8 shards");

        router.drop();
        exerciseStale(router);
        router.drop();
        exerciseStale(router);

        router.rebuild(List.of("globex", "hooli"));
        check(router.isRoutable() && router.tenantCount() == 2 && router.epoch() == 2, "rebuilt again");
        check(router.route("hooli") == Math.floorMod("hooli".hashCode(), 8), "route after rebuild");
        expect(IllegalArgumentException.class, () -> router.setTopology(0));
        router.drop();
        exerciseStale(router);
        System.out.println("SD18ShardRouter ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
