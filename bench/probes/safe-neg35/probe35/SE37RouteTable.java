package probe35;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Router of a micro web framework with a servlet-like lifecycle. The lifecycle enum is
 * declared in order; the route map exists for every phase from INITIALIZED up to (but
 * not including) STOPPED, and guards are ordinal range checks with compareTo.
 */
public class SE37RouteTable {
    enum Lifecycle { CREATED, INITIALIZED, STARTED, STOPPING, STOPPED }

    private Lifecycle lifecycle = Lifecycle.CREATED;
    private Map<String, UnaryOperator<String>> routes; // non-null for INITIALIZED <= lifecycle < STOPPED
    private int served;

    private boolean hasRoutes() {
        return lifecycle.compareTo(Lifecycle.INITIALIZED) >= 0 && lifecycle.compareTo(Lifecycle.STOPPED) < 0;
    }

    public void init() {
        if (lifecycle != Lifecycle.CREATED && lifecycle != Lifecycle.STOPPED) {
            throw new IllegalStateException("cannot init while " + lifecycle);
        }
        routes = new TreeMap<>();
        lifecycle = Lifecycle.INITIALIZED;
    }

    public void addRoute(String path, UnaryOperator<String> handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        if (!hasRoutes() || lifecycle.compareTo(Lifecycle.STARTED) > 0) {
            throw new IllegalStateException("routes are frozen while " + lifecycle);
        }
        routes.put(path, handler);
    }

    public void start() {
        if (lifecycle != Lifecycle.INITIALIZED) {
            throw new IllegalStateException("cannot start while " + lifecycle);
        }
        lifecycle = Lifecycle.STARTED;
    }

    public String handle(String path, String body) {
        if (lifecycle.compareTo(Lifecycle.STARTED) != 0) {
            throw new IllegalStateException("503 router is " + lifecycle);
        }
        UnaryOperator<String> handler = routes.get(path);
        if (handler == null) {
            throw new NoSuchElementException("404 " + path);
        }
        served++;
        return handler.apply(body);
    }

    public int routeCount() {
        return hasRoutes() ? routes.size() : 0;
    }

    public String stop() {
        if (lifecycle.compareTo(Lifecycle.STARTED) < 0 || lifecycle.compareTo(Lifecycle.STOPPING) > 0) {
            throw new IllegalStateException("cannot stop while " + lifecycle);
        }
        lifecycle = Lifecycle.STOPPING;
        String summary = routes.keySet() + " served " + served;
        routes = null;
        lifecycle = Lifecycle.STOPPED;
        return summary;
    }

    public static void main(String[] args) {
        SE37RouteTable router = new SE37RouteTable();
        check(router.routeCount() == 0, "created");
        expect(IllegalStateException.class, () -> router.addRoute("/ping", b -> "pong"));
        expect(IllegalStateException.class, () -> router.handle("/ping", ""));
        expect(IllegalStateException.class, router::stop);

        router.init();
        router.addRoute("/ping", b -> "pong");
        router.addRoute("/echo", b -> b);
        expect(IllegalArgumentException.class, () -> router.addRoute("bad", b -> b));
        expect(IllegalStateException.class, () -> router.handle("/ping", ""));
        router.start();
        router.addRoute("/late", String::toUpperCase);
        check(router.handle("/echo", "hi").equals("hi") && router.handle("/late", "x").equals("X"), "served");
        expect(NoSuchElementException.class, () -> router.handle("/missing", ""));
        check(router.stop().equals("[/echo, /late, /ping] served 2"), "summary");

        for (int round = 0; round < 2; round++) {
            check(router.routeCount() == 0, "stopped");
            expect(IllegalStateException.class, () -> router.handle("/ping", ""));
            expect(IllegalStateException.class, () -> router.addRoute("/x", b -> b));
            expect(IllegalStateException.class, router::stop);
            expect(IllegalStateException.class, router::start);
        }

        router.init();
        expect(IllegalStateException.class, router::init);
        router.addRoute("/v2", b -> "v2:" + b);
        router.start();
        check(router.handle("/v2", "ok").equals("v2:ok") && router.routeCount() == 1, "restarted");
        router.stop();
        System.out.println("SE37RouteTable ok");
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
