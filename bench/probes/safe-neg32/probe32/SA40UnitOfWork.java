package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Dirty-tracking entity proxy for an ORM unit of work (Hibernate's snapshot comparison, JPA
 * change tracking). Original values are snapshotted lazily on the first change; the list of
 * dirty field names is non-empty only while the snapshot map exists, so loops over that list
 * may read the snapshot without a null test.
 */
public class SA40UnitOfWork {

    private final String table;
    private final Map<String, Object> state = new LinkedHashMap<>();
    private final List<String> dirty = new ArrayList<>();   // non-empty => originals != null
    private Map<String, Object> originals;                  // null while the entity is clean

    public SA40UnitOfWork(String table, Map<String, Object> loaded) {
        this.table = table;
        state.putAll(loaded);
    }

    public void set(String field, Object value) {
        if (originals == null) {
            originals = new HashMap<>();
        }
        if (!originals.containsKey(field)) {
            originals.put(field, state.get(field));
        }
        state.put(field, value);
        boolean changed = !Objects.equals(originals.get(field), value);
        if (changed && !dirty.contains(field)) {
            dirty.add(field);
        } else if (!changed) {
            dirty.remove(field);
        }
        if (dirty.isEmpty()) {
            originals = null;
        }
    }

    public Object get(String field) {
        return state.get(field);
    }

    public boolean isDirty() {
        return !dirty.isEmpty();
    }

    public String flush() {
        if (dirty.isEmpty()) {
            return "-- nothing to flush for " + table;
        }
        StringJoiner sets = new StringJoiner(", ", "UPDATE " + table + " SET ", " WHERE id = " + state.get("id"));
        for (String f : dirty) {
            sets.add(f + " = '" + state.get(f) + "' /* was '" + originals.get(f) + "' */");
        }
        dirty.clear();
        originals = null;
        return sets.toString();
    }

    public void rollback() {
        for (String f : dirty) {
            state.put(f, originals.get(f));
        }
        dirty.clear();
        originals = null;
    }

    public static void main(String[] args) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 7);
        row.put("name", "Ada");
        row.put("email", "ada@example.org");
        SA40UnitOfWork user = new SA40UnitOfWork("users", row);
        System.out.println(user.flush() + " dirty=" + user.isDirty());
        user.rollback();
        user.set("name", "Ada Lovelace");
        user.set("email", "ada@lovelace.org");
        user.set("nickname", "countess");
        System.out.println("dirty=" + user.isDirty() + " -> " + user.flush());
        System.out.println("after flush dirty=" + user.isDirty() + " " + user.flush());
        user.set("name", "Temp");
        user.set("name", "Ada Lovelace");
        System.out.println("reverted by hand dirty=" + user.isDirty());
        user.set("email", "spam@example.org");
        user.rollback();
        user.rollback();
        System.out.println("rolled back email=" + user.get("email") + " dirty=" + user.isDirty());
        user.set("email", null);
        System.out.println(user.flush());
    }
}
