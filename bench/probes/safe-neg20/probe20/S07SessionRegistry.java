package probe20;

import java.util.HashMap;
import java.util.Map;

public class S07SessionRegistry {
    record Session(String user, long createdAt) { }

    private Map<String, Session> sessions;
    private long clock;

    public String login(String user) {
        if (sessions == null) {
            sessions = new HashMap<>();
        }
        String token = user + "-" + (++clock);
        sessions.put(token, new Session(user, clock));
        return token;
    }

    public boolean isValid(String token) {
        return sessions != null && sessions.containsKey(token);
    }

    public void logout(String token) {
        if (sessions == null) {
            return;
        }
        sessions.remove(token);
        if (sessions.isEmpty()) {
            sessions = null;
        }
    }

    public void rotateAll() {
        Map<String, Session> old = sessions;
        sessions = null;
        if (old == null) {
            return;
        }
        for (Session s : old.values()) {
            login(s.user());
        }
    }

    public int active() {
        return sessions == null ? 0 : sessions.size();
    }

    public static void main(String[] args) {
        S07SessionRegistry reg = new S07SessionRegistry();
        System.out.println("valid before any login: " + reg.isValid("x"));
        reg.logout("nobody");
        String t1 = reg.login("alice");
        String t2 = reg.login("bob");
        System.out.println("active=" + reg.active() + " t1 valid=" + reg.isValid(t1));
        reg.logout(t1);
        reg.logout(t2);
        System.out.println("active after logouts=" + reg.active());
        System.out.println("t2 valid=" + reg.isValid(t2));
        reg.rotateAll();
        reg.login("carol");
        reg.login("dave");
        reg.rotateAll();
        System.out.println("active after rotate=" + reg.active());
    }
}
