package probe20b;

import java.util.HashMap;
import java.util.Map;

/**
 * Last-seen timestamps of logged-in users. The map is created on the first
 * login; {@code openSessions} and {@code state} summarise it for the console.
 */
public class A02SessionRegistry {

    private static final String FILE = "A02SessionRegistry.java";

    enum State { IDLE, ACTIVE, DRAINED }

    private Map<String, Long> lastSeen;
    private int openSessions;
    private State state = State.IDLE;

    public void login(String user, long now) {
        if (lastSeen == null) {
            lastSeen = new HashMap<>();
        }
        if (lastSeen.put(user, now) == null) {
            openSessions++;
        }
        state = State.ACTIVE;
    }

    public void logout(String user) {
        if (state == State.ACTIVE && lastSeen.remove(user) != null) {
            openSessions--;
        }
    }

    /** Records activity for a user that may or may not be logged in. */
    public void touch(String user, long now) {
        if (openSessions > 0) {
            lastSeen.replace(user, now); // BUG
        }
    }

    /** Number of users seen at or after {@code since}. */
    public int activeSince(long since) {
        if (state != State.ACTIVE) {
            return 0;
        }
        int n = 0;
        for (long t : lastSeen.values()) {
            if (t >= since) {
                n++;
            }
        }
        return n;
    }

    /** Orderly shutdown: forget everyone. */
    public void shutdown() {
        lastSeen = null;
        openSessions = 0;
        state = State.DRAINED;
    }

    /** Emergency drain from the admin console; drops the table at once. */
    public void drain() {
        lastSeen = null;
        state = State.DRAINED;
    }

    public String report() {
        if (openSessions == 0) {
            return "no sessions";
        }
        return openSessions + " open, oldest seen at " + oldest();
    }

    private long oldest() {
        long min = Long.MAX_VALUE;
        for (long t : lastSeen.values()) { // BUG
            min = Math.min(min, t);
        }
        return min;
    }

    public static void main(String[] args) {
        A02SessionRegistry reg = new A02SessionRegistry();
        reg.touch("ann", 5);
        reg.login("ann", 10);
        reg.login("bob", 20);
        reg.touch("ann", 30);
        assert reg.activeSince(25) == 1 && reg.report().endsWith("20");
        reg.logout("bob");
        reg.shutdown();
        reg.touch("ann", 40);
        reg.logout("ann");
        assert reg.activeSince(0) == 0 && reg.report().equals("no sessions");

        A02SessionRegistry drained = new A02SessionRegistry();
        drained.login("cid", 1);
        drained.drain();
        drained.logout("cid");
        assert drained.activeSince(0) == 0;
        prove(39, () -> drained.touch("cid", 2));
        prove(79, drained::report);
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
