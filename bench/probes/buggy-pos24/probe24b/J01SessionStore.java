package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class J01SessionStore {

    static final class Session {
        final String user;
        long lastSeen;

        Session(String user, long lastSeen) { this.user = user; this.lastSeen = lastSeen; }
    }

    private Map<String, Session> sessions;
    private final long ttlMillis;
    private boolean closed;
    private int counter;

    public J01SessionStore() {
        this.sessions = new HashMap<>();
        this.ttlMillis = 30_000L;
    }

    public J01SessionStore(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public String open(String user, long now) {
        if (closed) throw new IllegalStateException("store closed");
        if (sessions == null) {
            sessions = new HashMap<>();
        }
        String token = user + "-" + (++counter);
        sessions.put(token, new Session(user, now));
        return token;
    }

    public Session find(String token) {
        return sessions.get(token); // BUG
    }

    public Session findIfOpen(String token) {
        return sessions == null ? null : sessions.get(token);
    }

    public boolean touch(String token, long now) {
        Map<String, Session> current = sessions;
        if (current == null) {
            return false;
        }
        Session s = current.get(token);
        if (s == null) {
            return false;
        }
        s.lastSeen = now;
        return true;
    }

    public int evictExpired(long now) {
        List<String> dead = new ArrayList<>();
        for (Map.Entry<String, Session> e : sessions.entrySet()) { // BUG
            if (now - e.getValue().lastSeen > ttlMillis) {
                dead.add(e.getKey());
            }
        }
        dead.forEach(sessions::remove);
        return dead.size();
    }

    public List<String> activeUsers() {
        if (closed || sessions == null) {
            return List.of();
        }
        List<String> users = new ArrayList<>();
        for (Session s : sessions.values()) {
            users.add(s.user);
        }
        return users;
    }

    public void close() {
        closed = true;
        sessions = null;
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J01SessionStore store = new J01SessionStore();
        String t = store.open("alice", 1_000L);
        assert store.find(t).user.equals("alice") && store.touch(t, 2_000L);
        int early = store.evictExpired(10_000L);
        assert early == 0 && store.activeUsers().equals(List.of("alice"));
        int late = store.evictExpired(100_000L);
        assert late == 1 && store.activeUsers().isEmpty();
        J01SessionStore lazy = new J01SessionStore(5_000L);
        assert lazy.findIfOpen("nope") == null && !lazy.touch("nope", 1L) && lazy.activeUsers().isEmpty();
        String t2 = lazy.open("bob", 1L);
        assert lazy.find(t2) != null && lazy.evictExpired(2L) == 0;
        store.close();
        assert store.activeUsers().isEmpty() && store.findIfOpen(t) == null && !store.touch(t, 3L);

        try {
            new J01SessionStore(5_000L).find("ghost");
            missed(42);
        } catch (NullPointerException e) { report(e, 42); }
        try {
            J01SessionStore s = new J01SessionStore();
            s.open("carol", 1L);
            s.close();
            s.evictExpired(50_000L);
            missed(64);
        } catch (NullPointerException e) { report(e, 64); }
    }

    private static final String FILE = "J01SessionStore.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
