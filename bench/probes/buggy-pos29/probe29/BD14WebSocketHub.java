package probe29;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A WebSocket hub that pools session objects and groups them into rooms. */
public class BD14WebSocketHub {

    static final class Session {
        static final Session ANONYMOUS = new Session("anonymous", null);

        String id;
        boolean open;
        Map<String, Object> attributes;

        Session(String id, Map<String, Object> attributes) {
            this.id = id;
            this.attributes = attributes;
            this.open = true;
        }

        void attach(String key, Object value) {
            attributes.put(key, value);
        }

        Object attribute(String key) {
            Map<String, Object> snapshot = attributes;
            return snapshot == null ? null : snapshot.get(key);
        }

        void release() {
            open = false;
            attributes = null;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> rooms = new HashMap<>();
    private final Deque<Session> pool = new ArrayDeque<>();

    Session open(String id) {
        Session s = pool.poll();
        if (s == null) {
            s = new Session(id, new HashMap<>());
        } else {
            s.id = id;
            s.open = true;
        }
        sessions.put(id, s);
        return s;
    }

    Session sessionFor(String id) {
        return sessions.getOrDefault(id, Session.ANONYMOUS);
    }

    void join(String room, String id) {
        Set<String> members = rooms.computeIfAbsent(room, r -> new TreeSet<>());
        members.add(id);
    }

    void close(String id) {
        Session s = sessions.remove(id);
        if (s == null) {
            return;
        }
        for (Set<String> members : rooms.values()) {
            members.remove(id);
        }
        s.release();
        pool.push(s);
    }

    int broadcast(String room, String message) {
        int delivered = 0;
        for (String id : rooms.getOrDefault(room, Set.of())) {
            Session s = sessions.get(id);
            if (s != null && s.open && !message.isEmpty()) {
                delivered++;
            }
        }
        return delivered;
    }

    List<String> snapshotAttributes(Session s) {
        List<String> out = new ArrayList<>();
        for (String key : s.attributes.keySet()) {
            out.add(s.id + "." + key);
        }
        return out;
    }

    public static void main(String[] args) {
        BD14WebSocketHub hub = new BD14WebSocketHub();
        Session alice = hub.open("alice");
        alice.attach("user", "alice@example.com");
        hub.join("lobby", "alice");
        Session bob = hub.open("bob");
        hub.join("lobby", "bob");
        System.out.println("delivered " + hub.broadcast("lobby", "hi") + " attrs " + hub.snapshotAttributes(alice));
        System.out.println("ghost user=" + hub.sessionFor("ghost").attribute("user"));
        hub.close("bob");
        Session carol = hub.open("carol");
        System.out.println("carol reused=" + (carol == bob) + " user=" + carol.attribute("user")
                + " delivered " + hub.broadcast("lobby", "bye"));

        try {
            hub.sessionFor("ghost").attach("lastSeen", 42);
            noNpe("attaching to the anonymous session");
        } catch (NullPointerException e) {
            expect(e, 30);
        }
        try {
            System.out.println(hub.snapshotAttributes(carol));
            noNpe("snapshot of a session reused from the pool");
        } catch (NullPointerException e) {
            expect(e, 94);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD14WebSocketHub.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
