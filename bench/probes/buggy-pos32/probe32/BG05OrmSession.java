package probe32;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public final class BG05OrmSession {
    private static final String FILE = "BG05OrmSession.java";

    record Entity(long id, String name) { }

    interface Database {
        void writeAll(Collection<Entity> rows);
    }

    enum Dialect {
        H2("INT:integer,TEXT:varchar"),
        POSTGRES("INT:int4,TEXT:text,BOOL:boolean"),
        LEGACY("INT=number,TEXT=varchar2");

        private final String spec;
        private Map<String, String> typeNames;

        Dialect(String spec) {
            this.spec = spec;
        }

        synchronized String typeName(String logical) {
            if (typeNames == null) {
                try {
                    typeNames = parse(spec);
                } catch (IllegalArgumentException e) {
                    typeNames.put(logical, logical.toLowerCase(Locale.ROOT));
                }
            }
            return typeNames.getOrDefault(logical, logical);
        }

        private static Map<String, String> parse(String spec) {
            Map<String, String> out = new HashMap<>();
            for (String pair : spec.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) throw new IllegalArgumentException("bad type mapping: " + pair);
                out.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
            return out;
        }
    }

    static final class Session {
        private final Map<Long, Entity> identityMap = new HashMap<>();
        private final Transaction tx = new Transaction();
        private final Database database;
        private final Dialect dialect;
        private Map<Long, Entity> dirty;

        Session(Database database, Dialect dialect) {
            this.database = database;
            this.dialect = dialect;
        }

        void begin() {
            tx.begin();
            dirty = new HashMap<>();
        }

        void save(Entity e) {
            identityMap.put(e.id(), e);
            Map<Long, Entity> d = dirty;
            if (d != null) d.put(e.id(), e);
            tx.writes.put(e.id(), "upsert " + e.name());
        }

        int commit(boolean evictAfterCommit) {
            Map<Long, Entity> toWrite = dirty;
            if (toWrite == null) throw new IllegalStateException("no open unit of work");
            try {
                database.writeAll(toWrite.values());
            } finally {
                dirty = null;
                tx.end();
            }
            if (evictAfterCommit) {
                for (Long id : dirty.keySet()) {
                    identityMap.remove(id);
                }
            }
            return toWrite.size();
        }

        int pendingWrites() {
            return tx.active ? tx.writes.size() : 0;
        }

        boolean isDirty(long id) {
            Map<Long, Entity> d = dirty;
            return d != null && d.containsKey(id);
        }

        String ddl(String table) {
            return "create table " + table + " (id " + dialect.typeName("INT") + ", name " + dialect.typeName("TEXT") + ")";
        }
    }

    static final class Transaction {
        private Map<Long, String> writes;
        private boolean active;

        void begin() {
            writes = new LinkedHashMap<>();
            active = true;
        }

        int end() {
            int n = active ? writes.size() : 0;
            writes = null;
            active = false;
            return n;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Entity> written = new ArrayList<>();
        Session session = new Session(written::addAll, Dialect.H2);
        System.out.println(session.ddl("users") + " pending=" + session.pendingWrites());
        session.begin();
        session.save(new Entity(1, "ada"));
        session.save(new Entity(2, "grace"));
        System.out.println("pending=" + session.pendingWrites() + " dirty=" + session.isDirty(2));
        System.out.println("committed=" + session.commit(false) + " written=" + written.size() + " find=" + session.identityMap.get(1L));
        System.out.println("after commit dirty=" + session.isDirty(1) + " pending=" + session.pendingWrites());

        Session detached = new Session(written::addAll, Dialect.POSTGRES);
        expectNpe(76, () -> detached.save(new Entity(3, "linus")));

        Session evicting = new Session(written::addAll, Dialect.POSTGRES);
        evicting.begin();
        evicting.save(new Entity(4, "barbara"));
        expectNpe(89, () -> evicting.commit(true));

        Session legacy = new Session(written::addAll, Dialect.LEGACY);
        expectNpe(38, () -> legacy.ddl("accounts"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
