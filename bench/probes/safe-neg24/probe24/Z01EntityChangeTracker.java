package probe24;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Change tracking for an ORM-managed entity, in the style of a persistence context.
 * A transient entity has no change log; persisting it (implicitly, on the first
 * {@link #set}) creates one, detaching drops it and merging creates a fresh one.
 */
public class Z01EntityChangeTracker {

    /** Lifecycle of the tracked entity. */
    enum Status { TRANSIENT, MANAGED, DETACHED }

    private final String table;
    private final List<String> statements = new ArrayList<>();
    private Status status = Status.TRANSIENT;
    /** Column name to new value; allocated exactly while the entity is MANAGED. */
    private LinkedHashMap<String, Object> changes;

    public Z01EntityChangeTracker(String table) {
        this.table = table;
    }

    /** Records a column change; a transient entity is persisted first. */
    @SuppressWarnings("fallthrough")
    public boolean set(String column, Object value) {
        switch (status) {
            case TRANSIENT:
                changes = new LinkedHashMap<>();
                status = Status.MANAGED;
                statements.add("INSERT INTO " + table);
                // fall through: the first change is recorded like any other
            case MANAGED:
                changes.put(column, value);
                return true;
            default:
                return false;
        }
    }

    /** Flushes pending changes; with {@code detach} the entity leaves the context afterwards. */
    @SuppressWarnings("fallthrough")
    public int flush(boolean detach) {
        int written = 0;
        switch (status) {
            case MANAGED:
                written = changes.size();
                if (written > 0) {
                    statements.add("UPDATE " + table + " SET " + String.join(", ", changes.keySet()));
                }
                changes.clear();
                if (!detach) {
                    break;
                }
                changes = null;
                status = Status.DETACHED;
                // fall through: log the detach like an explicit one
            case DETACHED:
                statements.add("-- " + table + " detached");
                break;
            default:
                break;
        }
        return written;
    }

    /** Re-attaches a detached entity; returns the number of pending changes (-1 if transient). */
    @SuppressWarnings("fallthrough")
    public int merge() {
        switch (status) {
            case DETACHED:
                changes = new LinkedHashMap<>();
                status = Status.MANAGED;
                statements.add("SELECT * FROM " + table);
                // fall through
            case MANAGED:
                return changes.size();
            default:
                return -1;
        }
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    public static void main(String[] args) {
        Z01EntityChangeTracker customer = new Z01EntityChangeTracker("customer");
        int nothing = customer.flush(false) + customer.merge();
        customer.set("name", "Ada");
        customer.set("email", "ada@example.org");
        int first = customer.flush(false);
        customer.set("name", "Ada L.");
        int second = customer.flush(true);
        boolean rejected = !customer.set("email", "ignored@example.org");
        customer.flush(false);
        int pending = customer.merge();
        customer.set("email", "lovelace@example.org");
        int third = customer.merge();
        System.out.println(nothing + " " + first + " " + second + " " + rejected + " " + pending + " " + third);
        customer.statements().forEach(System.out::println);
    }
}
