package probe29;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** An audit logger that batches entries and can be shipped to another node. */
public class BD17AuditLogger implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final int batchSize;
    private final ArrayList<String> sink = new ArrayList<>();
    private transient Map<String, Integer> countsByAction = new HashMap<>();
    private TreeMap<Long, String> pending = new TreeMap<>();
    private long seq;

    BD17AuditLogger(String service, int batchSize) {
        this.service = service;
        this.batchSize = batchSize;
    }

    void log(String action, String detail) {
        pending.put(++seq, service + " " + action + ": " + detail);
        countsByAction.merge(action, 1, Integer::sum);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        try {
            for (Map.Entry<Long, String> e : pending.entrySet()) {
                sink.add("#" + e.getKey() + " " + e.getValue());
            }
        } finally {
            pending = null;
        }
    }

    void flushIfPending() {
        if (pending != null && !pending.isEmpty()) {
            flush();
        }
    }

    int pendingCount() {
        Map<Long, String> snapshot = pending;
        return snapshot == null ? 0 : snapshot.size();
    }

    int countFor(String action) {
        Map<String, Integer> counts = countsByAction;
        return counts == null ? 0 : counts.getOrDefault(action, 0);
    }

    static BD17AuditLogger shipToPeer(BD17AuditLogger logger) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(logger);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BD17AuditLogger) in.readObject();
        }
    }

    public static void main(String[] args) throws Exception {
        BD17AuditLogger audit = new BD17AuditLogger("billing", 10);
        audit.log("login", "alice");
        audit.log("refund", "order 42");
        audit.log("login", "bob");
        System.out.println("logins " + audit.countFor("login") + ", pending " + audit.pendingCount());
        audit.flushIfPending();
        audit.flushIfPending();
        System.out.println("after flush pending " + audit.pendingCount() + ", sink " + audit.sink);
        BD17AuditLogger template = new BD17AuditLogger("payments", 5);
        template.log("charge", "card 1");
        BD17AuditLogger peer = shipToPeer(template);
        System.out.println("peer pending " + peer.pendingCount() + ", peer charges " + peer.countFor("charge"));

        try {
            BD17AuditLogger small = new BD17AuditLogger("auth", 2);
            small.log("login", "carol");
            small.log("login", "dave");
            System.out.println("small sink " + small.sink);
            small.log("logout", "carol");
            noNpe("logging after a batch was flushed");
        } catch (NullPointerException e) {
            expect(e, 31);
        }
        try {
            peer.log("refund", "card 1");
            noNpe("logging on a deserialised logger");
        } catch (NullPointerException e) {
            expect(e, 32);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD17AuditLogger.java";
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
