package probe31;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Web-tier session manager. The session store is discarded on shutdown and recreated on restart;
 * all access goes through two small predicates that encapsulate the store's availability.
 */
public final class I19SessionManager {
    public record Session(String id, String user, long createdAt) {
    }

    private ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>(); // null after shutdown()
    private boolean draining;
    private long clock;
    private int seq;

    private boolean hasStore() {
        return sessions != null;
    }

    private boolean accepting() {
        return hasStore() && !draining;
    }

    public synchronized Optional<Session> login(String user) {
        if (user == null || !accepting()) {
            return Optional.empty();
        }
        Session s = new Session("s" + (++seq), user, ++clock);
        sessions.put(s.id(), s);
        return Optional.of(s);
    }

    public synchronized Optional<Session> lookup(String id) {
        if (id == null || !hasStore()) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.get(id));
    }

    public synchronized boolean logout(String id) {
        if (id == null || !hasStore()) {
            return false;
        }
        return sessions.remove(id) != null;
    }

    public synchronized void drain() {
        draining = true;
    }

    public synchronized int shutdown() {
        int dropped = hasStore() ? sessions.size() : 0;
        sessions = null;
        draining = true;
        return dropped;
    }

    public synchronized void restart() {
        sessions = new ConcurrentHashMap<>();
        draining = false;
    }

    public synchronized int activeCount() {
        return hasStore() ? sessions.size() : 0;
    }

    public static void main(String[] args) {
        I19SessionManager mgr = new I19SessionManager();
        Session a = mgr.login("alice").orElseThrow();
        Session b = mgr.login("bob").orElseThrow();
        if (!mgr.lookup(a.id()).orElseThrow().user().equals("alice") || mgr.lookup(null).isPresent()) throw new AssertionError("lookup");
        if (!mgr.logout(b.id()) || mgr.logout(b.id()) || mgr.logout(null)) throw new AssertionError("logout");
        mgr.drain();
        if (mgr.login("carol").isPresent()) throw new AssertionError("login while draining");
        if (mgr.activeCount() != 1 || mgr.lookup(a.id()).isEmpty()) throw new AssertionError("drain keeps sessions");
        if (mgr.shutdown() != 1 || mgr.shutdown() != 0) throw new AssertionError("shutdown");
        // store is gone: every operation must degrade gracefully
        if (mgr.login("dave").isPresent() || mgr.lookup(a.id()).isPresent() || mgr.logout(a.id()) || mgr.activeCount() != 0) {
            throw new AssertionError("after shutdown");
        }
        mgr.drain();
        mgr.restart();
        Session e = mgr.login("erin").orElseThrow();
        System.out.println("I19 " + e.id() + " " + e.user() + " t=" + e.createdAt() + " active=" + mgr.activeCount());
    }
}
