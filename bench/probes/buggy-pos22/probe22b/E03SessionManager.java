package probe22b;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** HTTP session registry; a sweeper thread expires idle sessions, close() releases everything on undeploy. */
public class E03SessionManager {

    private static final String FILE = "E03SessionManager.java";

    public static final class Session {
        final String id;
        final String user;
        long lastSeen;

        Session(String id, String user, long lastSeen) {
            this.id = id;
            this.user = user;
            this.lastSeen = lastSeen;
        }
    }

    private final long ttlMillis;
    private final AtomicLong ids = new AtomicLong();
    private ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public E03SessionManager(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public String open(String user, long now) {
        ConcurrentHashMap<String, Session> current = sessions;
        if (closed || current == null) {
            throw new IllegalStateException("session manager closed");
        }
        String id = "s" + ids.incrementAndGet();
        current.put(id, new Session(id, user, now));
        return id;
    }

    /** Called for every request carrying a session cookie. */
    public boolean touch(String id, long now) {
        Session s = sessions.get(id); // BUG
        if (s == null) {
            return false;
        }
        s.lastSeen = now;
        return true;
    }

    public String userOf(String id) {
        ConcurrentHashMap<String, Session> current = sessions;
        Session s = current == null ? null : current.get(id);
        return s == null ? null : s.user;
    }

    /** Run by the sweeper every minute. */
    public int expireIdle(long now) {
        int removed = 0;
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext();) { // BUG
            if (now - it.next().lastSeen > ttlMillis) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }

    public int activeCount() {
        ConcurrentHashMap<String, Session> current = sessions;
        return current == null ? 0 : current.size();
    }

    public void close() {
        closed = true;
        ConcurrentHashMap<String, Session> old = sessions;
        sessions = null;
        if (old != null) {
            old.clear();
        }
    }

    public static void main(String[] args) {
        E03SessionManager mgr = new E03SessionManager(1000);
        String a = mgr.open("alice", 0);
        String b = mgr.open("bob", 0);
        assert mgr.touch(a, 900) && !mgr.touch("nope", 900);
        assert mgr.expireIdle(1500) == 1 && mgr.activeCount() == 1;
        assert "alice".equals(mgr.userOf(a)) && mgr.userOf(b) == null;
        mgr.close();
        assert mgr.activeCount() == 0 && mgr.userOf(a) == null;
        try {
            mgr.open("carol", 2000);
            throw new AssertionError("open after close must fail");
        } catch (IllegalStateException expected) {
            assert expected.getMessage().contains("closed");
        }

        prove(45, () -> mgr.touch(a, 2100));
        prove(62, () -> mgr.expireIdle(3000));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
