package probe32;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory HTTP session store (like Jetty's or Tomcat's StandardManager) that only holds a
 * table while it is started. Every read uses a conditional expression on the field.
 */
public class SA06SessionStore {

    public static final class Session {
        final String id;
        final String user;
        long lastAccess;

        Session(String id, String user, long now) {
            this.id = id;
            this.user = user;
            this.lastAccess = now;
        }

        @Override
        public String toString() {
            return id + "(" + user + ")";
        }
    }

    private Map<String, Session> sessions; // null while stopped
    private long clock;
    private int sequence;

    public void start() {
        sessions = sessions == null ? new LinkedHashMap<>() : sessions;
    }

    public void stop() {
        sessions = null;
    }

    public Session create(String user) {
        Map<String, Session> target = sessions != null ? sessions : (sessions = new LinkedHashMap<>());
        Session s = new Session("S" + (++sequence), user, clock);
        target.put(s.id, s);
        return s;
    }

    public Session find(String id) {
        Session s = sessions == null ? null : sessions.get(id);
        if (s != null) {
            s.lastAccess = clock;
        }
        return s;
    }

    public boolean invalidate(String id) {
        return sessions != null ? sessions.remove(id) != null : false;
    }

    public int active() {
        return sessions == null ? 0 : sessions.size();
    }

    public int expireIdle(long maxIdle) {
        if (sessions == null) {
            return 0;
        }
        int before = sessions.size();
        sessions.values().removeIf(s -> clock - s.lastAccess > maxIdle);
        return before - sessions.size();
    }

    public void tick(long millis) {
        clock += millis;
    }

    public static void main(String[] args) {
        SA06SessionStore store = new SA06SessionStore();
        System.out.println("stopped: find=" + store.find("S1") + " active=" + store.active()
                + " invalidate=" + store.invalidate("S1") + " expired=" + store.expireIdle(10));
        store.start();
        Session a = store.create("alice");
        store.tick(50);
        Session b = store.create("bob");
        System.out.println("created " + a + ", " + b + " active=" + store.active());
        store.tick(100);
        store.find(b.id);
        System.out.println("expired=" + store.expireIdle(120) + " active=" + store.active());
        System.out.println("invalidate " + b.id + " -> " + store.invalidate(b.id));
        store.stop();
        store.stop();
        System.out.println("after stop: " + store.find(a.id) + " active=" + store.active());
        Session c = store.create("carol");
        System.out.println("implicit start created " + c + " active=" + store.active());
        store.start();
        System.out.println("find " + store.find(c.id));
    }
}
