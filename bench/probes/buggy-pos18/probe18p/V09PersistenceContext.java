package probe18p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ORM first-level cache shared by the loader, the flush planner and the session janitor. */
public class V09PersistenceContext {

    static final class EntityKey {
        final String entity;
        final Object id;

        EntityKey(String entity, Object id) {
            this.entity = entity;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EntityKey k && k.entity.equals(entity) && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return entity.hashCode() * 31 + id.hashCode();
        }
    }

    static final class Managed {
        final Object instance;
        boolean dirty;

        Managed(Object instance) {
            this.instance = instance;
        }
    }

    /** State of one unit of work. */
    static final class UnitOfWork {
        HashMap<EntityKey, Managed> entitiesByKey = new HashMap<>();
        boolean closed;
    }

    static final class SessionJanitor {
        /** Drops everything managed by the unit of work (Session.clear / evict-all). */
        static void detachAll(UnitOfWork uow) {
            uow.entitiesByKey = null;
        }

        static void close(UnitOfWork uow) {
            detachAll(uow);
            uow.closed = true;
        }
    }

    static final class EntityLoader {
        static Object load(UnitOfWork uow, String entity, Object id, Function<Object, Object> db) {
            if (uow.closed) {
                throw new IllegalStateException("session is closed");
            }
            Managed m = uow.entitiesByKey.computeIfAbsent(new EntityKey(entity, id), k -> new Managed(db.apply(k.id))); // BUG
            return m.instance;
        }
    }

    static final class FlushPlanner {
        static List<Object> dirtyEntities(UnitOfWork uow) {
            List<Object> out = new ArrayList<>();
            for (Managed m : uow.entitiesByKey.values()) { // BUG
                if (m.dirty) {
                    out.add(m.instance);
                }
            }
            return out;
        }

        static int managedCount(UnitOfWork uow) {
            Map<EntityKey, Managed> snapshot = uow.entitiesByKey;
            return snapshot == null ? 0 : snapshot.size();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V09PersistenceContext.java:" + line;
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
        if (top != null && "V09PersistenceContext.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Function<Object, Object> db = id -> "Customer#" + id;
        UnitOfWork uow = new UnitOfWork();
        System.out.println(EntityLoader.load(uow, "Customer", 7L, db));
        uow.entitiesByKey.values().forEach(m -> m.dirty = true);
        System.out.println(FlushPlanner.dirtyEntities(uow) + " managed=" + FlushPlanner.managedCount(uow));
        SessionJanitor.close(uow);
        System.out.println("after close managed=" + FlushPlanner.managedCount(uow));

        prove(64, () -> {
            UnitOfWork w = new UnitOfWork();
            EntityLoader.load(w, "Customer", 1L, db);
            SessionJanitor.detachAll(w); // session.clear() in a batch loop
            EntityLoader.load(w, "Customer", 2L, db);
        });
        prove(72, () -> {
            UnitOfWork w = new UnitOfWork();
            EntityLoader.load(w, "Order", 10L, db);
            SessionJanitor.detachAll(w);
            FlushPlanner.dirtyEntities(w); // auto-flush before the next query
        });
    }
}
