package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unit-of-work ORM session: identity map, dirty tracking and a per-table query cache. */
public final class BE06OrmSession {

    private static final String FILE = "BE06OrmSession.java";

    record Row(String table, long id, String payload) { }

    private final String url;
    private Map<Long, Row> identityMap;
    private Map<Long, String> dirty;
    private Map<String, List<Row>> queryCache;
    private int flushes;

    public BE06OrmSession(String url, boolean trackChanges) {
        this.url = url;
        this.identityMap = new HashMap<>();
        this.dirty = openTracker(trackChanges);
    }

    public BE06OrmSession(String url) {
        this(url, true);
    }

    /** Detached session used for DTO mapping; never talks to a database. */
    public BE06OrmSession() {
        this.url = "detached:";
        this.dirty = null;
    }

    private static Map<Long, String> openTracker(boolean enabled) {
        if (!enabled) {
            return null;
        }
        return new LinkedHashMap<>();
    }

    private Map<String, List<Row>> queryCache() {
        if (queryCache == null) {
            queryCache = new HashMap<>();
        }
        return queryCache;
    }

    public Row find(long id) {
        if (identityMap == null) {
            return null;
        }
        return identityMap.get(id);
    }

    public void attach(Row row) {
        identityMap.put(row.id(), row);
    }

    public void update(Row row) {
        if (identityMap != null) {
            identityMap.put(row.id(), row);
        }
        dirty.put(row.id(), row.table());
    }

    public List<Row> query(String table) {
        return queryCache().computeIfAbsent(table, t -> {
            List<Row> rows = new ArrayList<>();
            if (identityMap != null) {
                for (Row r : identityMap.values()) {
                    if (r.table().equals(t)) {
                        rows.add(r);
                    }
                }
            }
            return rows;
        });
    }

    public void invalidate(String table) {
        queryCache.remove(table);
    }

    public int flush() {
        int written = 0;
        if (dirty != null) {
            written = dirty.size();
            dirty.clear();
        }
        queryCache().clear();
        flushes++;
        return written;
    }

    public static void main(String[] args) {
        BE06OrmSession session = new BE06OrmSession("jdbc:h2:mem");
        session.attach(new Row("users", 1L, "alice"));
        session.attach(new Row("users", 2L, "bob"));
        session.update(new Row("users", 2L, "bobby"));
        System.out.println(session.url + " users=" + session.query("users") + " find=" + session.find(2L));
        session.invalidate("users");
        System.out.println("flushed=" + session.flush() + " flushes=" + session.flushes);

        BE06OrmSession readOnly = new BE06OrmSession("jdbc:h2:mem", false);
        readOnly.attach(new Row("orders", 7L, "o-7"));
        System.out.println("ro flushed=" + readOnly.flush() + " orders=" + readOnly.query("orders"));
        BE06OrmSession detached = new BE06OrmSession();
        System.out.println("detached find=" + detached.find(1L) + " flushed=" + detached.flush());

        try {
            new BE06OrmSession().attach(new Row("users", 3L, "carol"));
            miss(60);
        } catch (NullPointerException e) {
            expect(e, 60);
        }
        try {
            readOnly.update(new Row("orders", 7L, "o-7b"));
            miss(67);
        } catch (NullPointerException e) {
            expect(e, 67);
        }
        try {
            new BE06OrmSession("jdbc:h2:mem").invalidate("users");
            miss(85);
        } catch (NullPointerException e) {
            expect(e, 85);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
