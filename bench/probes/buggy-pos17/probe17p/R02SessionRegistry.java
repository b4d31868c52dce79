package probe17p;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** In-memory web session registry; close() drops the map "to help the GC". */
public class R02SessionRegistry implements AutoCloseable {

    static final class Session {
        final String user;
        Instant lastSeen;

        Session(String user, Instant lastSeen) {
            this.user = user;
            this.lastSeen = lastSeen;
        }
    }

    private Map<String, Session> sessions = new HashMap<>();
    private boolean closed;
    private int issued;

    public String open(String user) {
        if (closed) {
            throw new IllegalStateException("registry closed");
        }
        String id = user + "-" + (++issued);
        sessions.put(id, new Session(user, Instant.now()));
        return id;
    }

    public boolean touch(String id) {
        Session s = sessions.get(id); // BUG
        if (s == null) {
            return false;
        }
        s.lastSeen = Instant.now();
        return true;
    }

    public void logout(String id) {
        sessions.remove(id); // BUG
    }

    public int activeCount() {
        return sessions.size(); // BUG
    }

    @Override
    public void close() {
        closed = true;
        sessions = null;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R02SessionRegistry.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R02SessionRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        try (R02SessionRegistry reg = new R02SessionRegistry()) {
            String id = reg.open("carol");
            reg.touch(id);
            System.out.println("active sessions: " + reg.activeCount());
        }

        prove(34, () -> {
            R02SessionRegistry reg = new R02SessionRegistry();
            String id = reg.open("alice");
            reg.close();
            reg.touch(id); // late request arriving after shutdown
        });
        prove(43, () -> {
            R02SessionRegistry reg = new R02SessionRegistry();
            String id = reg.open("dave");
            reg.close();
            reg.logout(id);
        });
        prove(47, () -> {
            R02SessionRegistry reg = new R02SessionRegistry();
            reg.open("bob");
            reg.close();
            System.out.println("metrics: " + reg.activeCount());
        });
    }
}
