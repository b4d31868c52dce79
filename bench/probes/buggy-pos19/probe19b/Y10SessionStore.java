package probe19b;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** HTTP session store with an expiry index walked lazily by the reaper. */
public class Y10SessionStore implements Iterable<Y10SessionStore.Session> {

    record Session(String id, String user, long expiresAt) { }

    private Map<String, Session> sessions = new LinkedHashMap<>();
    private NavigableMap<Long, String> expiryIndex = new TreeMap<>();
    private boolean open = true;

    void put(Session s) {
        if (!open) {
            throw new IllegalStateException("store closed");
        }
        sessions.put(s.id(), s);
        expiryIndex.put(s.expiresAt(), s.id());
    }

    void close() {
        open = false;
        sessions = null;
        expiryIndex = null;
    }

    @Override
    public Iterator<Session> iterator() {
        return sessions.values().iterator(); // BUG
    }

    int countOpen() {
        if (!open) {
            return 0;
        }
        int n = 0;
        for (Session ignored : this) {
            n++;
        }
        return n;
    }

    /** Ids of sessions expired at 'now'; the reaper thread consumes the iterator later. */
    Iterator<String> expiring(long now) {
        if (expiryIndex == null) {
            return Collections.emptyIterator();
        }
        return new Iterator<>() {
            private Iterator<String> ids;

            @Override
            public boolean hasNext() {
                if (ids == null) {
                    ids = expiryIndex.headMap(now, false).values().iterator(); // BUG
                }
                return ids.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ids.next();
            }
        };
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y10SessionStore.java:" + line;
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
        if (top != null && "Y10SessionStore.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y10SessionStore store = new Y10SessionStore();
        store.put(new Session("s1", "ana", 1_000L));
        store.put(new Session("s2", "bo", 5_000L));
        Iterator<String> expired = store.expiring(2_000L);
        while (expired.hasNext()) {
            System.out.println("expired " + expired.next());
        }
        System.out.println("open=" + store.countOpen());
        store.close();
        System.out.println("open after close=" + store.countOpen() + " " + store.expiring(9_000L).hasNext());

        prove(36, () -> {
            for (Session s : store) {
                System.out.println(s);
            }
        });
        prove(61, () -> {
            Y10SessionStore s = new Y10SessionStore();
            s.put(new Session("s9", "cy", 100L));
            Iterator<String> it = s.expiring(500L);
            s.close();
            System.out.println(it.hasNext());
        });
    }
}
