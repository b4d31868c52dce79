package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Persistence-context entry (Hibernate style). The SNAPSHOT bit of {@code flags} is set
 * exactly while {@code loadedState} holds a map: both are changed together in every method,
 * and every read of the map is behind a test of the bit.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U08EntityEntry {

    private static final int MANAGED = 1;
    private static final int SNAPSHOT = 1 << 1;
    private static final int DELETED = 1 << 2;
    private static final int READ_ONLY = 1 << 3;

    private final String entityName;
    private final Object id;
    private int flags = MANAGED;
    private Map<String, Object> loadedState;

    public U08EntityEntry(String entityName, Object id) {
        this.entityName = entityName;
        this.id = id;
    }

    public void takeSnapshot(Map<String, Object> state) {
        if ((flags & (READ_ONLY | DELETED)) != 0) {
            return;
        }
        loadedState = state == null ? new HashMap<>() : new HashMap<>(state);
        flags |= SNAPSHOT;
    }

    public void setReadOnly(boolean readOnly) {
        if (readOnly) {
            flags = (flags | READ_ONLY) & ~SNAPSHOT;
            loadedState = null;
        } else {
            flags &= ~READ_ONLY;
        }
    }

    public void markDeleted() {
        flags = (flags | DELETED) & ~(SNAPSHOT | MANAGED);
        loadedState = null;
    }

    private boolean hasSnapshot() {
        return (flags & SNAPSHOT) != 0;
    }

    public Set<String> dirtyProperties(Map<String, Object> current) {
        Set<String> dirty = new TreeSet<>();
        if (!hasSnapshot() || current == null) {
            return dirty;
        }
        for (Map.Entry<String, Object> e : current.entrySet()) {
            if (!Objects.equals(loadedState.get(e.getKey()), e.getValue())) {
                dirty.add(e.getKey());
            }
        }
        return dirty;
    }

    public void postUpdate(Map<String, Object> current) {
        if ((flags & SNAPSHOT) == SNAPSHOT && current != null) {
            loadedState.clear();
            loadedState.putAll(current);
        }
    }

    public Object loadedValue(String property) {
        return hasSnapshot() ? loadedState.get(property) : null;
    }

    @Override
    public String toString() {
        return entityName + "#" + id + " flags=" + Integer.toBinaryString(flags)
                + (hasSnapshot() ? " snapshot=" + loadedState.size() : "");
    }

    public static void main(String[] args) {
        U08EntityEntry order = new U08EntityEntry("Order", 7L);
        System.out.println(order + " " + order.dirtyProperties(Map.of("status", "NEW")) + " " + order.loadedValue("status"));
        order.takeSnapshot(Map.of("status", "NEW", "total", 10));
        System.out.println(order.dirtyProperties(Map.of("status", "PAID", "total", 10)));
        order.postUpdate(Map.of("status", "PAID", "total", 10));
        System.out.println(order + " " + order.loadedValue("status"));
        order.setReadOnly(true);
        order.takeSnapshot(Map.of("status", "X"));
        order.postUpdate(Map.of("status", "Y"));
        System.out.println(order + " " + order.dirtyProperties(Map.of("status", "Z")));
        order.setReadOnly(false);
        order.takeSnapshot(null);
        System.out.println(order.dirtyProperties(Map.of("status", "Z")));
        order.markDeleted();
        order.takeSnapshot(Map.of());
        System.out.println(order + " " + order.loadedValue("status") + " " + order.dirtyProperties(null));
    }
}
