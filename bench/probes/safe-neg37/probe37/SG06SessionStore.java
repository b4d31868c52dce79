package probe37;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Web session store. The session table only exists while the store is enabled; each public
 * method wraps the field in Optional.ofNullable and never touches it directly otherwise.
 */
public class SG06SessionStore {

    record Session(String id, String user, long createdAt) { }

    static final class SessionStore {
        private HashMap<String, Session> sessions; // null while disabled
        private long sequence;
        private long clock;

        public void enable() {
            if (Optional.ofNullable(sessions).isPresent()) {
                throw new IllegalStateException("store already enabled");
            }
            sessions = new HashMap<>();
        }

        public String create(String user) {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("user required");
            }
            Map<String, Session> table = Optional.ofNullable(sessions)
                    .orElseThrow(() -> new IllegalStateException("session store disabled"));
            String id = "s-" + (++sequence);
            table.put(id, new Session(id, user, ++clock));
            return id;
        }

        public Optional<String> userOf(String id) {
            return Optional.ofNullable(sessions).map(m -> m.get(id)).map(Session::user);
        }

        public boolean invalidate(String id) {
            return Optional.ofNullable(sessions).map(m -> m.remove(id) != null).orElse(Boolean.FALSE);
        }

        public int active() {
            return Optional.ofNullable(sessions).map(HashMap::size).orElse(0);
        }

        /** Drops every session; idempotent. */
        public void disable() {
            sessions = null;
        }
    }

    public static void main(String[] args) {
        SessionStore store = new SessionStore();

        // Phase 1: before the map exists.
        check(store.active() == 0, "no sessions");
        check(store.userOf("s-1").isEmpty() && !store.invalidate("s-1"), "nothing to find");
        expect(IllegalStateException.class, () -> store.create("alice"));
        expect(IllegalArgumentException.class, () -> store.create(" "));

        // Phase 2: while it exists.
        store.enable();
        expect(IllegalStateException.class, store::enable);
        String a = store.create("alice");
        String b = store.create("bob");
        check(store.userOf(a).orElseThrow().equals("alice"), "alice");
        check(store.userOf(b).orElseThrow().equals("bob"), "bob");
        check(store.userOf("nope").isEmpty(), "unknown id");
        check(store.invalidate(a) && !store.invalidate(a) && store.active() == 1, "invalidate");

        // Phase 3: after it has been dropped (twice).
        store.disable();
        store.disable();
        check(store.active() == 0 && store.userOf(b).isEmpty(), "disabled");
        check(!store.invalidate(b), "invalidate while disabled");
        expect(IllegalStateException.class, () -> store.create("carol"));

        // Phase 4: after it has been created again.
        store.enable();
        String c = store.create("carol");
        check(store.userOf(c).orElseThrow().equals("carol") && store.userOf(b).isEmpty(), "fresh table");
        check(store.active() == 1, "one active");
        store.disable();
        System.out.println("SG06SessionStore ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
