package probe26;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory session service of a small web application. The session table is
 * allocated on first use and dropped again by {@link #reset()}, e.g. on redeploy.
 * Every access goes through {@link #sessions()}, which creates the table on demand.
 */
public final class D01UserSessionService {

    /** A logged-in user's session. */
    public record Session(String id, String user, long createdAt, long lastSeen) {
        Session touch(long now) {
            return new Session(id, user, createdAt, now);
        }
    }

    private final String nodeName;
    private final long ttlMillis;
    private long sequence;
    private Map<String, Session> sessions; // null until first needed, null again after reset()

    public D01UserSessionService(String nodeName, Duration ttl) {
        this.nodeName = nodeName;
        this.ttlMillis = ttl.toMillis();
    }

    private Map<String, Session> sessions() {
        if (sessions == null) {
            sessions = new HashMap<>();
        }
        return sessions;
    }

    public String login(String user, long now) {
        String id = nodeName + "-" + (++sequence);
        sessions().put(id, new Session(id, user, now, now));
        return id;
    }

    public boolean touch(String id, long now) {
        Session s = sessions().get(id);
        if (s == null || isExpired(s, now)) {
            return false;
        }
        sessions().put(id, s.touch(now));
        return true;
    }

    public boolean logout(String id) {
        return sessions().remove(id) != null;
    }

    public int evictExpired(long now) {
        List<String> dead = new ArrayList<>();
        for (Session s : sessions().values()) {
            if (isExpired(s, now)) {
                dead.add(s.id());
            }
        }
        dead.forEach(sessions()::remove);
        return dead.size();
    }

    public List<String> activeUsers(long now) {
        return sessions().values().stream()
                .filter(s -> !isExpired(s, now))
                .map(Session::user)
                .distinct()
                .sorted()
                .toList();
    }

    public int count() {
        return sessions().size();
    }

    public void reset() {
        sessions = null;
        sequence = 0;
    }

    private boolean isExpired(Session s, long now) {
        return now - s.lastSeen() > ttlMillis;
    }

    public static void main(String[] args) {
        D01UserSessionService svc = new D01UserSessionService("web1", Duration.ofSeconds(30));
        System.out.println("fresh count=" + svc.count() + " users=" + svc.activeUsers(0));
        svc.reset();
        System.out.println("touch on empty=" + svc.touch("web1-1", 5) + " logout=" + svc.logout("x"));
        svc.reset();
        System.out.println("evict on empty=" + svc.evictExpired(100));
        String a = svc.login("alice", 1_000);
        String b = svc.login("bob", 2_000);
        svc.login("alice", 3_000);
        System.out.println("touch a=" + svc.touch(a, 20_000) + " users=" + svc.activeUsers(20_000));
        System.out.println("evicted=" + svc.evictExpired(40_000) + " left=" + svc.count());
        System.out.println("logout b=" + svc.logout(b));
        svc.reset();
        System.out.println("after reset count=" + svc.count());
    }
}
