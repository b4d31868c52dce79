package probe25;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class L01SessionCache {

    static final class Session {
        final String id;
        final String user;
        long lastAccess;

        Session(String id, String user, long lastAccess) {
            this.id = id;
            this.user = user;
            this.lastAccess = lastAccess;
        }
    }

    private final int capacity;
    private LinkedHashMap<String, Session> sessions;
    private Map<String, Integer> hitsByUser;
    private long clock;

    public L01SessionCache() {
        this.capacity = 128;
    }

    public L01SessionCache(int capacity) {
        this.capacity = capacity;
        this.sessions = new LinkedHashMap<>(16, 0.75f, true);
    }

    private Map<String, Integer> hits() {
        if (hitsByUser == null) {
            hitsByUser = new LinkedHashMap<>();
        }
        return hitsByUser;
    }

    public void store(String id, String user) {
        clock++;
        sessions.put(id, new Session(id, user, clock));
        if (sessions.size() > capacity) {
            Iterator<String> it = sessions.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    public Session lookup(String id) {
        if (sessions == null) {
            return null;
        }
        Session s = sessions.get(id);
        if (s != null) {
            s.lastAccess = ++clock;
            hits().merge(s.user, 1, Integer::sum);
        }
        return s;
    }

    public int hitsFor(String user) {
        return hitsByUser == null ? 0 : hitsByUser.getOrDefault(user, 0);
    }

    public void invalidateUser(String user) {
        hitsByUser.remove(user);
        if (sessions != null) {
            sessions.values().removeIf(s -> s.user.equals(user));
        }
    }

    public String stats() {
        int live = sessions == null ? 0 : sessions.size();
        return "sessions=" + live + " capacity=" + capacity + " tracked=" + hits().size();
    }

    public List<String> users() {
        List<String> out = new ArrayList<>();
        if (sessions != null) {
            for (Session s : sessions.values()) {
                out.add(s.user);
            }
        }
        return out;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L01SessionCache.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L01SessionCache sized = new L01SessionCache(2);
        sized.store("a", "ann");
        sized.store("b", "bob");
        sized.store("c", "cid");
        sized.lookup("b");
        sized.lookup("c");
        sized.invalidateUser("cid");
        System.out.println(sized.stats() + " users=" + sized.users() + " bob=" + sized.hitsFor("bob"));

        L01SessionCache plain = new L01SessionCache();
        System.out.println(plain.lookup("x") + " " + plain.users() + " " + plain.hitsFor("x") + " " + plain.stats());

        expectNpe(46, () -> new L01SessionCache().store("s1", "ann"));
        expectNpe(71, () -> new L01SessionCache(4).invalidateUser("ann"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
