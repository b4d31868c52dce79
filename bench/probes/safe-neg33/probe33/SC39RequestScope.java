package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request-scoped bean container (CDI/Spring "request" scope). openScope() creates the bean
 * map and returns a Scope token; the token is the only way to reach the beans, and every
 * operation checks that the presented token is the currently active one. Closing the token
 * (try-with-resources) drops the map and the active token together.
 */
public class SC39RequestScope {

    public final class Scope implements AutoCloseable {
        private final int id;

        private Scope(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        @Override
        public void close() {
            end(this);
        }
    }

    private Map<String, Object> beans;
    private Scope active;
    private int opened;
    private int created;

    public Scope openScope() {
        if (active != null) {
            throw new IllegalStateException("scope " + active.id + " is still active");
        }
        beans = new HashMap<>();
        active = new Scope(++opened);
        return active;
    }

    private void checkToken(Scope s) {
        if (s == null || s != active) {
            throw new IllegalStateException("scope is not active");
        }
    }

    public <T> T bean(Scope s, String name, Supplier<T> factory) {
        checkToken(s);
        @SuppressWarnings("unchecked")
        T existing = (T) beans.get(name);
        if (existing != null) {
            return existing;
        }
        T fresh = factory.get();
        checkToken(s);              // the factory may have closed the scope
        created++;
        beans.put(name, fresh);
        return fresh;
    }

    public int beanCount(Scope s) {
        checkToken(s);
        return beans.size();
    }

    private void end(Scope s) {
        if (s == active) {          // closing a stale token is a harmless no-op
            beans = null;
            active = null;
        }
    }

    public int created() {
        return created;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void rejected(SC39RequestScope c, Scope token) {
        try {
            c.bean(token, "user", () -> "x");
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        try {
            c.beanCount(token);
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        SC39RequestScope container = new SC39RequestScope();
        rejected(container, null);                 // no scope open: the null token must not match
        Scope first;
        try (Scope s = container.openScope()) {
            first = s;
            StringBuilder u1 = container.bean(s, "buffer", StringBuilder::new);
            u1.append("req-1");
            check(container.bean(s, "buffer", StringBuilder::new) == u1, "same bean in scope");
            container.bean(s, "user", () -> "ada");
            check(container.beanCount(s) == 2 && s.id() == 1, "2 beans");
            rejected(container, null);
            try {
                container.openScope();
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok
            }
        }
        rejected(container, first);
        first.close();                              // closing twice
        rejected(container, first);
        rejected(container, null);

        try (Scope s = container.openScope()) {
            rejected(container, first);             // stale token from the earlier request
            first.close();                          // must not end the new scope
            check(container.beanCount(s) == 0, "fresh scope");
            check(container.bean(s, "user", () -> "grace").equals("grace") && s.id() == 2, "new bean");
            Scope handle = s;
            try {
                container.bean(s, "evil", () -> {
                    handle.close();
                    return "too late";
                });
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok: the factory ended the scope
            }
            rejected(container, s);
        }
        check(container.created() == 3, "created " + container.created());
        System.out.println("SC39 ok");
    }
}
