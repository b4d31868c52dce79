package probe25;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hibernate-style persistence-context entry. The loaded-state snapshot is used
 * for dirty checking; read-only entities and entities that were never loaded
 * from the database have none.
 */
public class B07EntityEntry {
    public enum LockMode { NONE, READ, WRITE }

    private final String entityName;
    private final Object id;
    private final Map<String, Object> currentState = new LinkedHashMap<>();
    private Map<String, Object> loadedState; // null: no snapshot
    private boolean readOnly;
    private LockMode lockMode = LockMode.NONE;
    private int version;

    public B07EntityEntry(String entityName, Object id) {
        this.entityName = entityName;
        this.id = id;
    }

    public void setProperty(String name, Object value) {
        currentState.put(name, value);
    }

    public void postLoad() {
        loadedState = new HashMap<>(currentState);
        lockMode = LockMode.READ;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (readOnly) {
            loadedState = null;
        } else if (loadedState == null) {
            postLoad();
        }
    }

    public boolean requiresDirtyCheck() {
        return !readOnly && loadedState != null;
    }

    public Set<String> findDirty() {
        if (readOnly) {
            return Collections.emptySet();
        }
        Map<String, Object> snapshot = loadedState; // property equals() may call evict()
        if (snapshot == null) {
            return new TreeSet<>(currentState.keySet()); // transient: everything is new
        }
        Set<String> dirty = new TreeSet<>();
        for (Map.Entry<String, Object> e : currentState.entrySet()) {
            if (!snapshot.containsKey(e.getKey())
                    || !Objects.equals(snapshot.get(e.getKey()), e.getValue())) {
                dirty.add(e.getKey());
            }
        }
        return dirty;
    }

    public Object getLoadedValue(String property) {
        return Optional.ofNullable(loadedState).map(s -> s.get(property)).orElse(null);
    }

    public void postUpdate() {
        if (loadedState != null) {
            loadedState.clear();
            loadedState.putAll(currentState);
        }
        version++;
        lockMode = LockMode.WRITE;
    }

    public void evict() {
        loadedState = null;
        lockMode = LockMode.NONE;
    }

    @Override
    public String toString() {
        return "EntityEntry[" + entityName + "#" + id + "](v" + version + ", " + lockMode
                + (loadedState == null ? ", no snapshot" : ", snapshot of " + loadedState.size()) + ")";
    }

    public static void main(String[] args) {
        B07EntityEntry e = new B07EntityEntry("Customer", 17L);
        e.setProperty("name", "Ann");
        e.setProperty("city", "Oslo");
        System.out.println(e.requiresDirtyCheck() + " " + e.findDirty() + " " + e.getLoadedValue("name") + " " + e);
        e.postUpdate();
        e.postLoad();
        e.setProperty("city", "Bergen");
        e.setProperty("email", "ann@example.com");
        System.out.println(e.requiresDirtyCheck() + " " + e.findDirty() + " " + e.getLoadedValue("city"));
        e.postUpdate();
        System.out.println(e.findDirty() + " " + e);
        e.setReadOnly(true);
        System.out.println(e.findDirty() + " " + e.getLoadedValue("city") + " " + e.requiresDirtyCheck());
        e.setReadOnly(false);
        e.setProperty("name", "Anna");
        System.out.println(e.findDirty() + " " + e);
        e.evict();
        e.postUpdate();
        System.out.println(e.findDirty() + " " + e);
    }
}
