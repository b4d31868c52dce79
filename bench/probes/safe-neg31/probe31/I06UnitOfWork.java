package probe31;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Unit of work with nested begin/commit. Pending changes live in a map that only exists while
 * the nesting depth is positive; the depth counter, not the map, is what every method consults.
 */
public final class I06UnitOfWork {
    private final Map<Long, String> database = new TreeMap<>();
    private Map<Long, String> pending; // allocated on depth 0 -> 1, released on depth 1 -> 0
    private int depth;
    private int commits;

    public void begin() {
        if (depth++ == 0) {
            pending = new LinkedHashMap<>();
        }
    }

    public void registerDirty(long id, String value) {
        if (depth == 0) {
            throw new IllegalStateException("no active unit of work");
        }
        pending.put(id, value);
    }

    public void commit() {
        if (depth == 0) {
            throw new IllegalStateException("commit without begin");
        }
        if (--depth == 0) {
            database.putAll(pending);
            pending = null;
            commits++;
        }
    }

    public void rollback() {
        if (depth == 0) {
            return;
        }
        depth = 0;
        pending = null;
    }

    public int pendingCount() {
        return depth > 0 ? pending.size() : 0;
    }

    public Optional<String> load(long id) {
        if (depth > 0 && pending.containsKey(id)) {
            return Optional.ofNullable(pending.get(id));
        }
        return Optional.ofNullable(database.get(id));
    }

    public boolean inTransaction() {
        return depth > 0;
    }

    public int commits() {
        return commits;
    }

    public static void main(String[] args) {
        I06UnitOfWork uow = new I06UnitOfWork();
        // null phase: no unit of work yet
        if (uow.pendingCount() != 0 || uow.inTransaction() || uow.load(1).isPresent()) throw new AssertionError("idle");
        uow.rollback();
        try {
            uow.registerDirty(1, "x");
            throw new AssertionError("dirty outside tx");
        } catch (IllegalStateException expected) {
            // no active unit of work
        }
        try {
            uow.commit();
            throw new AssertionError("commit outside tx");
        } catch (IllegalStateException expected) {
            // commit without begin
        }

        uow.begin();
        uow.registerDirty(1, "alice");
        uow.begin(); // nested
        uow.registerDirty(2, "bob");
        uow.commit(); // inner commit keeps changes pending
        if (!uow.inTransaction() || uow.pendingCount() != 2) throw new AssertionError("nested");
        if (!uow.load(2).orElseThrow().equals("bob")) throw new AssertionError("read-your-writes");
        uow.commit();
        if (uow.inTransaction() || uow.commits() != 1 || !uow.load(1).orElseThrow().equals("alice")) throw new AssertionError("committed");

        uow.begin();
        uow.registerDirty(3, "carol");
        uow.rollback();
        uow.rollback();
        if (uow.load(3).isPresent() || uow.pendingCount() != 0) throw new AssertionError("rolled back");
        uow.begin();
        uow.commit();
        System.out.println("I06 commits=" + uow.commits() + " db has 1=" + uow.load(1).orElse("?"));
    }
}
