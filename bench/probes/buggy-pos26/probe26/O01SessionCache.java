package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class O01SessionCache {

    static final class Session {
        final String id;
        final String user;
        final long created;

        Session(String id, String user, long created) {
            this.id = id;
            this.user = user;
            this.created = created;
        }
    }

    private final int maxEntries;
    private Map<String, Session> sessions;
    private Map<String, Long> lastAccess;
    private long clock;

    public O01SessionCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.sessions = new LinkedHashMap<>();
        this.lastAccess = new HashMap<>();
    }

    public O01SessionCache(O01SessionCache other) {
        this.maxEntries = other.maxEntries;
        this.sessions = new LinkedHashMap<>(other.sessions);
        this.clock = other.clock;
    }

    public Session open(String id, String user) {
        if (sessions.size() >= maxEntries) {
            evictOldest();
        }
        Session s = new Session(id, user, ++clock);
        sessions.put(id, s);
        if (lastAccess != null) {
            lastAccess.put(id, clock);
        }
        return s;
    }

    public Session lookup(String id) {
        Session s = sessions.get(id);
        if (s != null) {
            touch(id);
        }
        return s;
    }

    private void touch(String id) {
        lastAccess.put(id, ++clock);
    }

    private void evictOldest() {
        String victim = null;
        long best = Long.MAX_VALUE;
        for (String key : sessions.keySet()) {
            long at = lastAccess == null ? 0L : lastAccess.getOrDefault(key, 0L);
            if (victim == null || at < best) {
                victim = key;
                best = at;
            }
        }
        if (victim != null) {
            sessions.remove(victim);
            if (lastAccess != null) {
                lastAccess.remove(victim);
            }
        }
    }

    public int size() {
        return sessions == null ? 0 : sessions.size();
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

    public void close() {
        sessions = null;
        lastAccess = null;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O01SessionCache.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O01SessionCache.java:" + line + " OK");
        } else {
            System.out.println("MISS O01SessionCache.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O01SessionCache cache = new O01SessionCache(2);
        cache.open("s1", "ann");
        cache.open("s2", "bob");
        cache.lookup("s1");
        cache.open("s3", "cid");
        O01SessionCache copy = new O01SessionCache(cache);
        copy.open("s4", "dan");
        if (copy.size() != 2 || cache.users().size() != 2 || cache.lookup("s2") != null) {
            throw new IllegalStateException("unexpected cache contents");
        }
        cache.close();
        if (cache.size() != 0 || !cache.users().isEmpty()) {
            throw new IllegalStateException("closed cache not empty");
        }

        expectNpe(61, () -> {
            O01SessionCache src = new O01SessionCache(4);
            src.open("a", "ann");
            new O01SessionCache(src).lookup("a");
        });
        expectNpe(53, () -> {
            O01SessionCache c = new O01SessionCache(4);
            c.open("a", "ann");
            c.close();
            c.lookup("a");
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
