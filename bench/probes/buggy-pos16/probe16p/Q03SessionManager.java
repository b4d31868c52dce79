package probe16p;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class Q03SessionManager implements AutoCloseable {

    static final class Session {
        final String user;
        long lastSeenMillis;

        Session(String user, long now) {
            this.user = user;
            this.lastSeenMillis = now;
        }
    }

    private Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final long ttlMillis;

    public Q03SessionManager(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public String create(String user, long now) {
        if (sessions == null) {
            throw new IllegalStateException("session manager closed");
        }
        String id = UUID.randomUUID().toString();
        sessions.put(id, new Session(user, now));
        return id;
    }

    public boolean touch(String id, long now) {
        Session session = sessions.get(id); // BUG
        if (session == null || now - session.lastSeenMillis > ttlMillis) {
            return false;
        }
        session.lastSeenMillis = now;
        return true;
    }

    public int activeCount() {
        return sessions.size(); // BUG
    }

    @Override
    public void close() {
        sessions = null;
    }

    public static void main(String[] args) {
        Q03SessionManager manager = new Q03SessionManager(30_000);
        String id = manager.create("alice", 1_000);
        System.out.println("touch = " + manager.touch(id, 2_000) + ", active = " + manager.activeCount());
        manager.close();

        prove("touch after close", () -> manager.touch(id, 3_000));
        prove("activeCount after close", () -> System.out.println(manager.activeCount()));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
