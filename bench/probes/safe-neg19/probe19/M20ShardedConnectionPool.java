package probe19;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Connection pool that keeps idle connections in lazily created per-shard maps. */
public class M20ShardedConnectionPool {
    public record Connection(String host, int id) {}

    private final Map<String, Deque<Connection>>[] shards;
    private Map<String, Integer> createdPerHost;
    private int nextId;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public M20ShardedConnectionPool(int shardCount) {
        shards = (Map<String, Deque<Connection>>[]) new Map[Math.max(1, shardCount)];
    }

    private int shardIndex(String host) {
        return Math.floorMod(host.hashCode(), shards.length);
    }

    private Map<String, Deque<Connection>> shardFor(String host) {
        int i = shardIndex(host);
        Map<String, Deque<Connection>> shard = shards[i];
        if (shard == null) {
            shard = new HashMap<>();
            shards[i] = shard;
        }
        return shard;
    }

    public Connection borrow(String host) {
        Deque<Connection> idle = shardFor(host).get(host);
        if (idle != null && !idle.isEmpty()) {
            return idle.pop();
        }
        if (createdPerHost == null) {
            createdPerHost = new HashMap<>();
        }
        createdPerHost.merge(host, 1, Integer::sum);
        return new Connection(host, ++nextId);
    }

    public void release(Connection c) {
        shardFor(c.host()).computeIfAbsent(c.host(), h -> new ArrayDeque<>()).push(c);
    }

    public int idleCount() {
        int total = 0;
        for (Map<String, Deque<Connection>> shard : shards) {
            if (shard != null) {
                for (Deque<Connection> idle : shard.values()) {
                    total += idle.size();
                }
            }
        }
        return total;
    }

    public int created(String host) {
        return createdPerHost == null ? 0 : createdPerHost.getOrDefault(host, 0);
    }

    public void closeIdle(String host) {
        shards[shardIndex(host)] = null;
    }

    public void closeAll() {
        java.util.Arrays.fill(shards, null);
        createdPerHost = null;
    }

    public static void main(String[] args) {
        M20ShardedConnectionPool pool = new M20ShardedConnectionPool(4);
        System.out.println(pool.idleCount() + " " + pool.created("db1"));
        pool.closeIdle("db1");
        Connection a = pool.borrow("db1");
        Connection b = pool.borrow("db2");
        pool.release(a);
        pool.release(b);
        System.out.println(pool.idleCount() + " " + pool.borrow("db1") + " " + pool.created("db1"));
        pool.closeIdle("db2");
        System.out.println(pool.idleCount() + " " + pool.borrow("db2"));
        pool.closeAll();
        pool.closeAll();
        System.out.println(pool.idleCount() + " " + pool.created("db2") + " " + pool.borrow("cache"));
        pool.release(new Connection("cache", 99));
        System.out.println(pool.idleCount());
    }
}
