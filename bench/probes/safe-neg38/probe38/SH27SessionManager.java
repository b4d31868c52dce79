package probe38;

import java.util.HashMap;
import java.util.Map;

/**
 * Servlet-container style session manager. Each {@link Session} owns its
 * attribute map, which exists exactly while the session is valid; the
 * session itself answers {@link Session#isValid()} from that fact. The
 * manager reaches into {@code session.attributes} only after asking the
 * owning session whether it is valid. Sessions handed to callers expose no
 * method that touches the map. Single-threaded.
 */
public final class SH27SessionManager {

    public static final class Session {
        private final String id;
        private final String user;
        private Map<String, Object> attributes; // null until login() activates it, null again when invalidated
        private long lastAccess;

        private Session(String id, String user) {
            this.id = id;
            this.user = user;
        }

        public String id() {
            return id;
        }

        public String user() {
            return user;
        }

        public boolean isValid() {
            return attributes != null;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Session> byUser = new HashMap<>();
    private long clock;
    private int counter;

    public Session login(String user) {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("user");
        }
        Session s = byUser.get(user);
        if (s == null) {
            s = new Session("S" + (++counter), user);
            sessions.put(s.id, s);
            byUser.put(user, s);
        }
        if (!s.isValid()) {
            s.attributes = new HashMap<>();
        }
        s.lastAccess = ++clock;
        return s;
    }

    public boolean put(String sessionId, String key, Object value) {
        Session s = sessions.get(sessionId);
        if (s == null || !s.isValid()) {
            return false;
        }
        s.attributes.put(key, value);
        s.lastAccess = ++clock;
        return true;
    }

    public Object get(String sessionId, String key) {
        Session s = sessions.get(sessionId);
        if (s == null || !s.isValid()) {
            return null;
        }
        s.lastAccess = ++clock;
        return s.attributes.get(key);
    }

    public int attributeCount(String sessionId) {
        Session s = sessions.get(sessionId);
        return s != null && s.isValid() ? s.attributes.size() : 0;
    }

    public void invalidate(String sessionId) {
        Session s = sessions.get(sessionId);
        if (s != null) {
            s.attributes = null;
        }
    }

    /** Invalidates sessions idle for more than {@code maxIdle} ticks. */
    public int expireIdle(long maxIdle) {
        int expired = 0;
        for (Session s : sessions.values()) {
            if (s.isValid() && clock - s.lastAccess > maxIdle) {
                s.attributes = null;
                expired++;
            }
        }
        return expired;
    }

    public void tick(long ticks) {
        clock += Math.max(0, ticks);
    }

    public static void main(String[] args) {
        SH27SessionManager mgr = new SH27SessionManager();
        // phase 1: before any attribute map exists
        check(mgr.get("S1", "cart") == null && !mgr.put("S1", "cart", 1) && mgr.attributeCount("S1") == 0, "none");
        mgr.invalidate("S1");
        expect(IllegalArgumentException.class, () -> mgr.login(""));
        // phase 2: while it exists
        Session ann = mgr.login("ann");
        Session bob = mgr.login("bob");
        check(ann.isValid() && mgr.put(ann.id(), "cart", 3) && mgr.put(bob.id(), "theme", "dark"), "stored");
        check(Integer.valueOf(3).equals(mgr.get(ann.id(), "cart")) && mgr.attributeCount(bob.id()) == 1, "read");
        // phase 3: after it is dropped (twice: explicit invalidation, then idle expiry)
        mgr.invalidate(ann.id());
        check(!ann.isValid() && mgr.get(ann.id(), "cart") == null && !mgr.put(ann.id(), "x", 1), "invalidated");
        mgr.tick(100);
        check(mgr.expireIdle(10) == 1 && !bob.isValid() && mgr.get(bob.id(), "theme") == null, "expired");
        check(mgr.expireIdle(10) == 0 && mgr.attributeCount(bob.id()) == 0, "nothing left to expire");
        // phase 4: created again
        Session again = mgr.login("ann");
        check(again == ann && ann.isValid() && mgr.get(ann.id(), "cart") == null, "revived with a fresh map");
        check(mgr.put(ann.id(), "cart", 1) && mgr.attributeCount(ann.id()) == 1, "usable again");
        System.out.println("SH27SessionManager OK " + ann.id() + "/" + ann.user() + " valid=" + ann.isValid());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
