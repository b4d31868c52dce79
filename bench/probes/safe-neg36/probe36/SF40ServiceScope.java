package probe36;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Hierarchical scope of a dependency-injection container (application -> session -> request). A scope may be
 * entered only while its parent is active, and exiting a scope exits all its active children first, so an
 * active scope always has active ancestors. resolve() checks its own scope and then reads the ancestors'
 * instance maps without checking them.
 */
public final class SF40ServiceScope {
    private final String name;
    private final SF40ServiceScope parent;                           // null for the root scope
    private final List<SF40ServiceScope> activeChildren = new ArrayList<>();
    private HashMap<String, Object> instances;                       // scoped singletons; null while inactive

    public SF40ServiceScope(String name, SF40ServiceScope parent) {
        this.name = name;
        this.parent = parent;
    }

    public boolean isActive() {
        return instances != null;
    }

    public void enter() {
        if (isActive()) {
            throw new IllegalStateException("scope " + name + " already active");
        }
        if (parent != null && !parent.isActive()) {
            throw new IllegalStateException("parent scope " + parent.name + " of " + name + " is not active");
        }
        instances = new HashMap<>();
        if (parent != null) {
            parent.activeChildren.add(this);
        }
    }

    public void exit() {
        if (!isActive()) {
            throw new IllegalStateException("scope " + name + " is not active");
        }
        for (SF40ServiceScope child : List.copyOf(activeChildren)) {
            child.exit(); // children go first, so no active scope ever has an inactive ancestor
        }
        instances = null;
        if (parent != null) {
            parent.activeChildren.remove(this);
        }
    }

    public void provide(String bean, Object instance) {
        if (!isActive()) {
            throw new IllegalStateException("scope " + name + " is not active");
        }
        if (instances.putIfAbsent(bean, instance) != null) {
            throw new IllegalArgumentException(bean + " already provided in " + name);
        }
    }

    public Object resolve(String bean) {
        if (!isActive()) {
            throw new IllegalStateException("scope " + name + " is not active");
        }
        Object local = instances.get(bean);
        if (local != null) {
            return local;
        }
        for (SF40ServiceScope ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            Object inherited = ancestor.instances.get(bean); // active scope => every ancestor is active
            if (inherited != null) {
                return inherited;
            }
        }
        throw new NoSuchElementException("no bean " + bean + " visible from " + name);
    }

    public static void main(String[] args) {
        SF40ServiceScope app = new SF40ServiceScope("application", null);
        SF40ServiceScope session = new SF40ServiceScope("session", app);
        SF40ServiceScope request = new SF40ServiceScope("request", session);
        // Phase 1: nothing entered.
        expect(IllegalStateException.class, () -> request.resolve("clock"));
        expect(IllegalStateException.class, () -> app.provide("clock", "system"));
        expect(IllegalStateException.class, request::enter);
        expect(IllegalStateException.class, app::exit);
        // Phase 2: the whole chain is active.
        app.enter();
        app.provide("clock", "system-clock");
        session.enter();
        session.provide("user", "ann");
        request.enter();
        request.provide("user", "ann-impersonated");
        check(request.resolve("clock").equals("system-clock"), "inherited from the root");
        check(request.resolve("user").equals("ann-impersonated") && session.resolve("user").equals("ann"), "shadowing");
        expect(NoSuchElementException.class, () -> request.resolve("db"));
        expect(IllegalArgumentException.class, () -> app.provide("clock", "other"));
        // Phase 3: dropped twice: the request alone, then the root (cascading to the session).
        request.exit();
        expect(IllegalStateException.class, () -> request.resolve("clock"));
        check(session.resolve("clock").equals("system-clock"), "session still sees the root");
        app.exit();
        check(!session.isActive() && !request.isActive(), "cascade");
        expect(IllegalStateException.class, () -> session.resolve("user"));
        expect(IllegalStateException.class, session::exit);
        expect(IllegalStateException.class, request::enter);
        // Phase 4: entered again with fresh maps.
        app.enter();
        session.enter();
        request.enter();
        expect(NoSuchElementException.class, () -> request.resolve("clock"));
        app.provide("clock", "test-clock");
        check(request.resolve("clock").equals("test-clock"), "fresh chain");
        app.exit();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
