package probe15p;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

public class P01SessionManager {
    static final class Session {
        final String id;
        final String user;
        Instant lastSeen;

        Session(String id, String user, Instant lastSeen) {
            this.id = id;
            this.user = user;
            this.lastSeen = lastSeen;
        }
    }

    private final Duration idleTimeout;
    private final int maxSessions;
    private Map<String, Session> sessions;

    public P01SessionManager() {
        this(Duration.ofMinutes(30), 1000);
    }

    public P01SessionManager(Duration idleTimeout, int maxSessions) {
        this.idleTimeout = idleTimeout;
        this.maxSessions = maxSessions;
        this.sessions = new HashMap<>();
    }

    public P01SessionManager(Map<String, Object> settings) {
        this.idleTimeout = Duration.ofSeconds(((Number) settings.getOrDefault("idleSeconds", 1800)).longValue());
        this.maxSessions = ((Number) settings.getOrDefault("maxSessions", 1000)).intValue();
    }

    public String open(String user) {
        if (activeCount() >= maxSessions) {
            throw new IllegalStateException("session limit reached for " + user);
        }
        String id = UUID.randomUUID().toString();
        sessions.put(id, new Session(id, user, Instant.now())); // BUG
        return id;
    }

    public boolean touch(String id) {
        Session session = sessions == null ? null : sessions.get(id);
        if (session == null) {
            return false;
        }
        session.lastSeen = Instant.now();
        return true;
    }

    public int evictIdle(Instant now) {
        int before = activeCount();
        sessions.values().removeIf(s -> s.lastSeen.plus(idleTimeout).isBefore(now)); // BUG
        return before - activeCount();
    }

    public int activeCount() {
        return sessions == null ? 0 : sessions.size();
    }

    public static void main(String[] args) {
        P01SessionManager standard = new P01SessionManager();
        String id = standard.open("alice");
        standard.touch(id);
        System.out.println("evicted=" + standard.evictIdle(Instant.now()) + " active=" + standard.activeCount());

        Map<String, Object> settings = new HashMap<>();
        settings.put("idleSeconds", 600);
        P01SessionManager configured = new P01SessionManager(settings);
        System.out.println("touch unknown=" + configured.touch("nope"));
        prove(() -> configured.open("bob"));
        prove(() -> configured.evictIdle(Instant.now().plusSeconds(3600)));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
