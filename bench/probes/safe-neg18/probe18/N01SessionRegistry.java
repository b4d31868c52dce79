package probe18;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tracks active user sessions of a web front end, keyed by session token. */
public final class N01SessionRegistry {

    public static final class Session {
        private final String token;
        private final String user;
        private long lastSeen;

        Session(String token, String user, long lastSeen) {
            this.token = token;
            this.user = user;
            this.lastSeen = lastSeen;
        }

        public String user() {
            return user;
        }

        public String token() {
            return token;
        }
    }

    private Map<String, Session> sessions;
    private long nextId = 1;

    private Map<String, Session> sessions() {
        if (sessions == null) {
            sessions = new HashMap<>();
        }
        return sessions;
    }

    public String open(String user, long now) {
        String token = "s" + (nextId++) + "-" + user;
        sessions().put(token, new Session(token, user, now));
        return token;
    }

    public boolean touch(String token, long now) {
        Session s = sessions().get(token);
        if (s == null) {
            return false;
        }
        s.lastSeen = now;
        return true;
    }

    public void close(String token) {
        sessions().remove(token);
    }

    public int expire(long now, long ttl) {
        List<String> dead = new ArrayList<>();
        for (Map.Entry<String, Session> e : sessions().entrySet()) {
            if (now - e.getValue().lastSeen > ttl) {
                dead.add(e.getKey());
            }
        }
        dead.forEach(sessions()::remove);
        return dead.size();
    }

    public int activeCount() {
        return sessions().size();
    }

    public void reset() {
        sessions = null;
    }

    public static void main(String[] args) {
        N01SessionRegistry reg = new N01SessionRegistry();
        System.out.println("empty: " + reg.activeCount());
        reg.close("nope");
        reg.reset();
        String a = reg.open("alice", 100);
        String b = reg.open("bob", 110);
        reg.touch(a, 200);
        System.out.println("expired: " + reg.expire(250, 100));
        reg.reset();
        System.out.println("after reset touch: " + reg.touch(b, 300));
        reg.reset();
        System.out.println("expired on empty: " + reg.expire(1000, 1));
        reg.open("carol", 400);
        System.out.println("active: " + reg.activeCount());
    }
}
