package probe28;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side HTTP session store like Spring Session / Tomcat's StandardManager:
 * sessions carry an attribute map, can be restored from a signed cookie, and the
 * whole store can be invalidated on logout-everywhere.
 */
public class BC16SessionStore {

    public record Session(String id, String user, Map<String, Object> attributes) {
        static Session anonymous(String id) {
            return new Session(id, null, null);
        }

        static Session forUser(String id, String user) {
            return new Session(id, user, new HashMap<>());
        }
    }

    private Map<String, Session> store = new ConcurrentHashMap<>();
    private int sequence;

    public Session create(String user) {
        String id = "s" + (++sequence);
        Session s = user == null ? Session.anonymous(id) : Session.forUser(id, user);
        reopen();
        store.put(id, s);
        return s;
    }

    public Session lookup(String id) {
        Map<String, Session> live = store;
        return live == null ? null : live.get(id);
    }

    public void setAttribute(Session s, String key, Object value) {
        s.attributes().put(key, value);
    }

    public Object getAttribute(Session s, String key) {
        Map<String, Object> attrs = s.attributes();
        return attrs == null ? null : attrs.get(key);
    }

    public int activeCount() {
        return store.size();
    }

    public void invalidateAll() {
        store = null;
    }

    public void reopen() {
        if (store == null) {
            store = new ConcurrentHashMap<>();
        }
    }

    static Map<String, Object> decodeCookie(String cookie) {
        if (!cookie.contains("|")) {
            throw new IllegalArgumentException("unsigned cookie");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String kv : cookie.substring(cookie.indexOf('|') + 1).split(";")) {
            String[] p = kv.split(":", 2);
            out.put(p[0], p.length > 1 ? p[1] : "");
        }
        return out;
    }

    public Session restore(String cookie) {
        Map<String, Object> decoded = null;
        try {
            decoded = decodeCookie(cookie);
        } catch (IllegalArgumentException e) {
            System.out.println("rejecting cookie: " + e.getMessage());
        }
        Session s = create(String.valueOf(decoded.getOrDefault("user", "guest")));
        decoded.forEach((k, v) -> setAttribute(s, k, v));
        return s;
    }

    public Session restoreOrAnonymous(String cookie) {
        Map<String, Object> decoded;
        try {
            decoded = decodeCookie(cookie);
        } catch (IllegalArgumentException e) {
            return create(null);
        }
        Session s = create(String.valueOf(decoded.getOrDefault("user", "guest")));
        decoded.forEach((k, v) -> setAttribute(s, k, v));
        return s;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC16SessionStore.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC16SessionStore.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC16SessionStore sessions = new BC16SessionStore();
        Session ann = sessions.create("ann");
        sessions.setAttribute(ann, "cart", 3);
        Session anon = sessions.create(null);
        System.out.println("cart=" + sessions.getAttribute(ann, "cart") + " anonCart=" + sessions.getAttribute(anon, "cart")
                + " active=" + sessions.activeCount());
        Session restored = sessions.restore("sig|user:bob;theme:dark");
        System.out.println("restored=" + restored.user() + " theme=" + sessions.getAttribute(restored, "theme")
                + " fallback=" + sessions.restoreOrAnonymous("tampered").user());
        sessions.invalidateAll();
        System.out.println("lookup after invalidate=" + sessions.lookup(ann.id()));
        sessions.reopen();
        System.out.println("reopened active=" + sessions.activeCount());

        expectNpe("attribute on anonymous session", 42, () -> sessions.setAttribute(anon, "cart", 1));
        expectNpe("restore from unsigned cookie", 83, () -> sessions.restore("user:eve"));
        sessions.invalidateAll();
        expectNpe("count after invalidateAll", 51, sessions::activeCount);
    }
}
