package probe25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hibernate Envers / JaVers style audit trail. Field changes are routed
 * through a strategy object: the discarding sink outside a unit of work, and
 * a recording sink (a bound method reference) inside one. The recording sink
 * is installed only after the map exists and is swapped out before the map is
 * released, so the map is used without any null test.
 */
public final class B39AuditTrail {
    @FunctionalInterface
    private interface Sink {
        void record(String entity, String field, Object oldValue, Object newValue);
    }

    private static final Sink DISCARD = (entity, field, oldValue, newValue) -> { };

    private Map<String, List<String>> changesByEntity; // exists only inside a unit of work
    private Sink sink = DISCARD;
    private final List<String> committed = new ArrayList<>();
    private int unitsOfWork;

    public void begin() {
        if (inUnitOfWork()) {
            throw new IllegalStateException("unit of work already open");
        }
        changesByEntity = new LinkedHashMap<>();
        sink = this::append;
        unitsOfWork++;
    }

    private void append(String entity, String field, Object oldValue, Object newValue) {
        changesByEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(field + ": " + oldValue + " -> " + newValue);
    }

    public void fieldChanged(String entity, String field, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            sink.record(entity, field, oldValue, newValue);
        }
    }

    public List<String> commit() {
        if (!inUnitOfWork()) {
            return List.of();
        }
        sink = DISCARD;
        Map<String, List<String>> done = changesByEntity;
        changesByEntity = null;
        List<String> lines = new ArrayList<>();
        done.forEach((entity, changes) -> lines.add("#" + unitsOfWork + " " + entity + " " + changes));
        committed.addAll(lines);
        return lines;
    }

    public void rollback() {
        sink = DISCARD;
        changesByEntity = null;
    }

    public boolean inUnitOfWork() {
        return sink != DISCARD;
    }

    public int pendingEntities() {
        return changesByEntity == null ? 0 : changesByEntity.size();
    }

    public List<String> history() {
        return List.copyOf(committed);
    }

    public static void main(String[] args) {
        B39AuditTrail audit = new B39AuditTrail();
        audit.fieldChanged("Order#1", "status", "NEW", "PAID");
        System.out.println(audit.commit() + " " + audit.pendingEntities() + " " + audit.inUnitOfWork());
        audit.begin();
        audit.fieldChanged("Order#1", "status", "NEW", "PAID");
        audit.fieldChanged("Order#1", "total", 10, 10);
        audit.fieldChanged("Customer#7", "email", null, "a@b.c");
        audit.fieldChanged("Order#1", "total", 10, 12);
        System.out.println(audit.pendingEntities() + " " + audit.commit());
        audit.fieldChanged("Order#2", "status", "NEW", "VOID");
        audit.begin();
        audit.fieldChanged("Order#3", "status", "NEW", "SHIPPED");
        audit.rollback();
        audit.fieldChanged("Order#3", "status", "SHIPPED", "LOST");
        audit.rollback();
        System.out.println(audit.pendingEntities() + " " + audit.commit() + " " + audit.history());
    }
}
