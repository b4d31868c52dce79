package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

public class BH06OrmSession implements AutoCloseable {
    private Map<Long, Entity> identityMap = new HashMap<>();
    private Map<String, List<Long>> queryCache;
    private boolean cacheLoaded;
    private Map<String, Integer> stats;
    private boolean statsEnabled;
    private final List<Runnable> afterCompletion = new ArrayList<>();

    boolean isDirty(Entity e) {
        for (Map.Entry<String, Object> v : e.values.entrySet()) {
            if (!Objects.equals(v.getValue(), e.snapshot.get(v.getKey()))) {
                return true;
            }
        }
        return false;
    }

    void flush(Entity e) {
        if (e.snapshot != null) {
            e.snapshot.putAll(e.values);
        }
        count("flush");
    }

    void track(Entity e) {
        Map<Long, Entity> live = identityMap;
        if (live == null) {
            throw new IllegalStateException("session closed");
        }
        live.put(e.id, e);
        afterCompletion.add(() -> identityMap.remove(e.id));
    }

    boolean contains(long id) {
        return identityMap != null && identityMap.containsKey(id);
    }

    void commit() {
        for (Runnable r : afterCompletion) {
            r.run();
        }
        afterCompletion.clear();
        count("commit");
    }

    List<Long> cachedQuery(String sql) {
        if (!cacheLoaded) {
            queryCache = new HashMap<>();
            cacheLoaded = true;
        }
        return queryCache.getOrDefault(sql, List.of());
    }

    void cacheResult(String sql, List<Long> ids) {
        if (queryCache != null) {
            queryCache.put(sql, List.copyOf(ids));
        }
    }

    void evictQueries() { queryCache = null; }

    void setStatsEnabled(boolean enabled) {
        stats = enabled ? new HashMap<>() : null;
        statsEnabled = enabled;
    }

    private void count(String op) {
        if (statsEnabled) {
            stats.merge(op, 1, Integer::sum);
        }
    }

    int statCount(String op) {
        return statsEnabled ? stats.getOrDefault(op, 0) : -1;
    }

    @Override
    public void close() {
        identityMap = null;
        commit();
    }

    static final class Entity {
        String table;
        long id;
        final Map<String, Object> values = new HashMap<>();
        Map<String, Object> snapshot;

        Entity() { }

        Entity(String table, long id) {
            this.table = table;
            this.id = id;
            this.snapshot = new HashMap<>();
        }

        static Entity hydrate(String table, long id, Map<String, Object> row) {
            Entity e = new Entity();
            e.table = table;
            e.id = id;
            e.values.putAll(row);
            return e;
        }
    }

    public static void main(String[] args) throws Exception {
        BH06OrmSession session = new BH06OrmSession();
        session.setStatsEnabled(true);
        Entity user = new Entity("users", 1L);
        user.values.put("name", "ada");
        session.track(user);
        boolean dirtyBeforeFlush = session.isDirty(user);
        session.flush(user);
        session.commit();
        session.cacheResult("select", List.of(1L));
        System.out.println(dirtyBeforeFlush + " " + session.isDirty(user) + " " + session.cachedQuery("select"));
        session.cacheResult("select", List.of(1L, 2L));
        System.out.println(session.cachedQuery("select") + " " + session.contains(1L) + " " + session.statCount("commit"));
        Entity row = Entity.hydrate("users", 2L, Map.of("name", "bob"));
        session.flush(row);
        session.setStatsEnabled(false);
        session.evictQueries();
        session.cacheResult("select", List.of(3L));
        session.close();
        System.out.println(session.statCount("flush") + " " + row.table + " " + session.contains(1L));

        expect(20, () -> session.isDirty(row));
        BH06OrmSession tx = new BH06OrmSession();
        tx.track(new Entity("orders", 7L));
        expect(40, tx::close);
        expect(60, () -> session.cachedQuery("select"));
    }

    private static final String FILE = "BH06OrmSession.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
