package probe27;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Dirty tracking for an entity/form model. untracked() nulls the change log for the duration of a bulk
 * load and a finally block restores it; nesting is refused up front, so the restored value is never null.
 */
public final class F38ChangeTracker {
    private static final Object ABSENT = new Object();

    private final Map<String, Object> values = new LinkedHashMap<>();
    private Map<String, Object> changes = new LinkedHashMap<>(); // original values; null while suspended

    public void set(String key, Object value) {
        boolean existed = values.containsKey(key);
        Object old = values.put(key, value);
        Map<String, Object> c = changes;
        if (c != null && !(existed && Objects.equals(old, value)) && !c.containsKey(key)) {
            c.put(key, existed ? old : ABSENT);
        }
    }

    public Object get(String key) { return values.get(key); }

    /** Runs {@code bulk} without recording changes; returns the number of pending tracked changes afterwards. */
    public int untracked(Runnable bulk) {
        Map<String, Object> saved = changes;
        if (saved == null) throw new IllegalStateException("tracking is already suspended");
        changes = null;
        try {
            bulk.run();
        } finally {
            changes = saved;
        }
        return changes.size(); // == saved.size(); saved was checked non-null above
    }

    public boolean isTracking() { return changes != null; }

    public boolean isDirty() { return changes != null && !changes.isEmpty(); }

    public Map<String, Object> originalValues() {
        Map<String, Object> c = changes;
        if (c == null) return Map.of();
        Map<String, Object> copy = new LinkedHashMap<>();
        c.forEach((k, v) -> copy.put(k, v == ABSENT ? null : v));
        return Collections.unmodifiableMap(copy);
    }

    public void commit() {
        Map<String, Object> c = changes;
        if (c != null) c.clear();
    }

    public void rollback() {
        Map<String, Object> c = changes;
        if (c == null) throw new IllegalStateException("cannot roll back while tracking is suspended");
        c.forEach((k, old) -> {
            if (old == ABSENT) values.remove(k);
            else values.put(k, old);
        });
        c.clear();
    }

    public static void main(String[] args) {
        F38ChangeTracker t = new F38ChangeTracker();
        assert t.isTracking() && !t.isDirty() && t.originalValues().isEmpty();
        int pending = t.untracked(() -> {
            t.set("name", "Ann");
            t.set("city", "Oslo");
            assert !t.isTracking() && !t.isDirty() && t.originalValues().isEmpty();
            t.commit(); // no-op while suspended
        });
        assert pending == 0 && t.isTracking() && !t.isDirty();

        t.set("city", "Oslo");
        assert !t.isDirty() : "same value";
        t.set("city", "Bergen");
        t.set("city", "Tromso");
        t.set("zip", null);
        Map<String, Object> originals = t.originalValues();
        assert t.isDirty() && originals.size() == 2 && "Oslo".equals(originals.get("city"));
        assert originals.containsKey("zip") && originals.get("zip") == null : "zip did not exist before";

        boolean nested = false;
        int afterNested = -1;
        try {
            afterNested = t.untracked(() -> t.untracked(() -> { }));
        } catch (IllegalStateException expected) {
            nested = true;
        }
        assert nested && afterNested == -1 && t.isTracking() : "outer finally restored the log";

        boolean failed = false;
        try {
            t.untracked(() -> { throw new IllegalArgumentException("bad import row"); });
        } catch (IllegalArgumentException expected) {
            failed = true;
        }
        assert failed && t.isTracking() && t.isDirty();

        t.rollback();
        assert "Oslo".equals(t.get("city")) && !t.values.containsKey("zip") && !t.isDirty();
        t.untracked(() -> {
            boolean refused = false;
            try { t.rollback(); } catch (IllegalStateException expected) { refused = true; }
            assert refused;
        });
        t.set("name", "Bo");
        t.commit();
        assert !t.isDirty() && "Bo".equals(t.get("name"));
        System.out.println("F38 ok");
    }
}
