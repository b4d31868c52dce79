package probe19b;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-user audit trail. Auditing can be switched off with -Daudit.enabled=false, in which case
 * no table is allocated. A process-wide instance serves background jobs.
 */
public class Y04AuditTrail {

    /** Process-wide trail used by schedulers and other background jobs. */
    static final Y04AuditTrail SYSTEM = new Y04AuditTrail("system");

    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("audit.enabled", "true"));
    static final int MAX_PER_USER = Integer.getInteger("audit.maxPerUser", 100);

    private final String scope;
    private final Map<String, Deque<String>> byUser;

    Y04AuditTrail(String scope) {
        this.scope = scope;
        this.byUser = ENABLED ? new HashMap<>() : null;
    }

    void record(String user, String action) {
        if (!ENABLED) {
            return;
        }
        Deque<String> q = byUser.computeIfAbsent(user, u -> new ArrayDeque<>()); // BUG
        if (q.size() == MAX_PER_USER) {
            q.removeFirst();
        }
        q.addLast(scope + ":" + action);
    }

    List<String> history(String user) {
        if (ENABLED) {
            Deque<String> q = byUser.get(user); // BUG
            return q == null ? List.of() : List.copyOf(q);
        }
        return List.of();
    }

    int users() {
        return byUser == null ? 0 : byUser.size();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y04AuditTrail.java:" + line;
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
        if (top != null && "Y04AuditTrail.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y04AuditTrail request = new Y04AuditTrail("req-42");
        request.record("alice", "login");
        request.record("alice", "export");
        System.out.println(request.history("alice") + " users=" + request.users()
                + " system users=" + SYSTEM.users());

        prove(33, () -> SYSTEM.record("scheduler", "purge-expired"));
        prove(42, () -> System.out.println(SYSTEM.history("scheduler")));
    }
}
