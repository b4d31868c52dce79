package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * In-memory web session store. The table only exists while the store is open;
 * every access wraps the field in Optional.ofNullable.
 */
public class SE06SessionStore {
    public record Session(String id, String user, int hits) {
        Session touch() {
            return new Session(id, user, hits + 1);
        }
    }

    private Map<String, Session> sessions; // null while the store is shut down
    private int nextId = 1;

    public void open() {
        if (Optional.ofNullable(sessions).isPresent()) {
            throw new IllegalStateException("store already open");
        }
        sessions = new HashMap<>();
    }

    public void shutdown() {
        sessions = null;
    }

    public String create(String user) {
        Map<String, Session> table = Optional.ofNullable(sessions)
                .orElseThrow(() -> new IllegalStateException("session store is shut down"));
        String id = "s" + nextId++;
        table.put(id, new Session(id, user, 0));
        return id;
    }

    public Optional<Session> find(String id) {
        return Optional.ofNullable(sessions).map(m -> m.get(id));
    }

    public Session touch(String id) {
        Session updated = find(id).map(Session::touch)
                .orElseThrow(() -> new NoSuchElementException("unknown session " + id));
        Optional.ofNullable(sessions).ifPresent(m -> m.put(id, updated));
        return updated;
    }

    public int count() {
        return Optional.ofNullable(sessions).map(Map::size).orElse(0);
    }

    public static void main(String[] args) {
        SE06SessionStore store = new SE06SessionStore();
        check(store.count() == 0 && store.find("s1").isEmpty(), "closed store is empty");
        expect(IllegalStateException.class, () -> store.create("ada"));
        expect(NoSuchElementException.class, () -> store.touch("s1"));

        store.open();
        expect(IllegalStateException.class, store::open);
        String a = store.create("ada");
        String b = store.create("bob");
        check(store.touch(a).hits() == 1 && store.touch(a).hits() == 2, "touch counts");
        check(store.find(b).map(Session::user).orElse("").equals("bob"), "find");
        check(store.count() == 2, "two sessions");

        for (int round = 0; round < 2; round++) {
            store.shutdown();
            check(store.count() == 0 && store.find(a).isEmpty(), "dropped");
            expect(NoSuchElementException.class, () -> store.touch(a));
            expect(IllegalStateException.class, () -> store.create("eve"));
        }

        store.open();
        String c = store.create("carol");
        check(store.touch(c).hits() == 1 && store.count() == 1 && store.find(a).isEmpty(), "reopened");
        System.out.println("SE06SessionStore ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
