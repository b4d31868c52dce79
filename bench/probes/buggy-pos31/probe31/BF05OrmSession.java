package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** ORM-style unit of work: identity map, pending writes, tracking and read-only sessions. */
public final class BF05OrmSession {

    record Entity(String table, long id, String data) {
        String key() {
            return table + "#" + id;
        }
    }

    static final class TrackingSession extends Session {
        private final Map<String, Integer> dirty = new HashMap<>();

        TrackingSession(Map<String, String> properties) {
            super(properties);
        }

        @Override
        protected void applyProperties(Map<String, String> properties) {
            String watched = properties.get("track.tables");
            if (watched != null) {
                for (String table : watched.split(",")) {
                    dirty.put(table, 0);
                }
            }
        }

        @Override
        void persist(Entity entity) {
            super.persist(entity);
            dirty.merge(entity.table(), 1, Integer::sum);
        }

        int dirtyCount(String table) {
            return dirty.getOrDefault(table, 0);
        }
    }

    static final class ReadOnlySession extends Session {
        private Map<String, Entity> identity;

        ReadOnlySession(Map<String, String> properties, List<Entity> preload) {
            super(properties);
            preload.forEach(super::persist);
        }

        @Override
        void persist(Entity entity) {
            throw new UnsupportedOperationException("read-only session");
        }

        Entity lookup(String table, long id) {
            Map<String, Entity> local = identity;
            if (local != null && local.containsKey(table + "#" + id)) {
                return local.get(table + "#" + id);
            }
            return find(table, id);
        }

        int cachedCount() {
            return identity.size();
        }
    }

    static class Session {
        protected final Map<String, Entity> identity = new HashMap<>();
        protected Map<String, Entity> pending;

        Session(Map<String, String> properties) {
            pending = new LinkedHashMap<>();
            applyProperties(properties);
        }

        /** Blank instance, created the way a deserialiser would before restoring state. */
        private Session() {
        }

        protected void applyProperties(Map<String, String> properties) {
        }

        void persist(Entity entity) {
            identity.put(entity.key(), entity);
            pending.put(entity.key(), entity);
        }

        Entity find(String table, long id) {
            return identity.get(table + "#" + id);
        }

        int flush() {
            Map<String, Entity> batch = pending;
            int written = batch == null ? 0 : batch.size();
            if (batch != null) {
                batch.clear();
            }
            return written;
        }

        String snapshot() {
            StringBuilder out = new StringBuilder();
            identity.values().forEach(e -> out.append(e.table() + "," + e.id() + "," + e.data() + "\n"));
            return out.toString();
        }

        static Session restore(String snapshot) {
            Session session = new Session();
            for (String line : snapshot.strip().split("\n")) {
                String[] f = line.split(",", 3);
                session.identity.put(f[0] + "#" + f[1], new Entity(f[0], Long.parseLong(f[1]), f[2]));
            }
            return session;
        }
    }

    public static void main(String[] args) {
        Session session = new Session(Map.of("dialect", "h2"));
        session.persist(new Entity("users", 1, "alice"));
        session.persist(new Entity("orders", 7, "book"));
        System.out.println("found=" + session.find("users", 1) + " flushed=" + session.flush());
        TrackingSession tracking = new TrackingSession(Map.of("dialect", "h2"));
        tracking.persist(new Entity("users", 2, "bob"));
        System.out.println("dirty users=" + tracking.dirtyCount("users") + " flushed=" + tracking.flush());
        ReadOnlySession readOnly = new ReadOnlySession(Map.of(), List.of(new Entity("users", 3, "carol")));
        Session restored = Session.restore(session.snapshot());
        System.out.println("lookup=" + readOnly.lookup("users", 3) + " restored=" + restored.find("orders", 7)
                + " flushed=" + restored.flush());
        int proved = 0;
        proved += expect(30, () -> new TrackingSession(Map.of("track.tables", "users,orders")));
        proved += expect(68, () -> new ReadOnlySession(Map.of(), List.of(new Entity("t", 1, "x"))).cachedCount());
        proved += expect(90, () -> Session.restore(session.snapshot()).persist(new Entity("users", 9, "zed")));
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF05OrmSession.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
