package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Audit-trail writer of a back-office application. Outside a batch, events go straight to
 * the sink; inside runInBatch() they are grouped per actor and written in one go from a
 * finally block, which also clears the batch table again.
 */
public final class D27AuditTrailWriter {

    public record AuditEvent(String actor, String action, String target) {}

    private final List<String> sink = new ArrayList<>(); // stands in for a file or table
    private Map<String, List<AuditEvent>> batchByActor;  // non-null only inside runInBatch()
    private int flushes;

    public void write(AuditEvent e) {
        if (batchByActor != null) {
            batchByActor.computeIfAbsent(e.actor(), a -> new ArrayList<>()).add(e);
            return;
        }
        sink.add(format(e));
        flushes++;
    }

    public int runInBatch(Consumer<D27AuditTrailWriter> work) {
        if (batchByActor != null) {
            work.accept(this); // nested batch joins the outer one
            return 0;
        }
        int written = 0;
        batchByActor = new LinkedHashMap<>();
        try {
            work.accept(this);
        } finally {
            Map<String, List<AuditEvent>> batch = batchByActor;
            batchByActor = null;
            if (batch != null && !batch.isEmpty()) {
                for (List<AuditEvent> events : batch.values()) {
                    for (AuditEvent e : events) {
                        sink.add(format(e));
                        written++;
                    }
                }
                flushes++;
            }
        }
        return written;
    }

    public int pendingInBatch() {
        return batchByActor == null ? 0 : batchByActor.values().stream().mapToInt(List::size).sum();
    }

    public boolean discardPending(String actor) {
        if (batchByActor == null) {
            return false;
        }
        return batchByActor.remove(actor) != null;
    }

    public boolean inBatch() {
        return batchByActor != null;
    }

    public List<String> sink() {
        return List.copyOf(sink);
    }

    public int flushes() {
        return flushes;
    }

    private static String format(AuditEvent e) {
        return e.actor() + " " + e.action() + " " + e.target();
    }

    public static void main(String[] args) {
        D27AuditTrailWriter audit = new D27AuditTrailWriter();
        System.out.println(audit.pendingInBatch() + " " + audit.discardPending("x") + " " + audit.inBatch());
        audit.write(new AuditEvent("admin", "login", "console"));
        int written = audit.runInBatch(w -> {
            w.write(new AuditEvent("ann", "approve", "PO-1"));
            w.write(new AuditEvent("bob", "reject", "PO-2"));
            w.write(new AuditEvent("ann", "approve", "PO-3"));
            System.out.println("pending=" + w.pendingInBatch() + " inBatch=" + w.inBatch());
            w.runInBatch(inner -> inner.write(new AuditEvent("bob", "comment", "PO-2")));
            System.out.println("discard bob=" + w.discardPending("bob") + " pending=" + w.pendingInBatch());
        });
        System.out.println("written=" + written + " " + audit.runInBatch(w -> { }) + " inBatch=" + audit.inBatch());
        System.out.println(audit.sink() + " flushes=" + audit.flushes());
    }
}
