package probe37;

import java.util.HashMap;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A tiny HTTP router. The route table exists only while the server is started; every access
 * is protected by a compound condition that tests the field for null first.
 */
public class SG03RouteTable {

    static final class Router {
        private HashMap<String, UnaryOperator<String>> routes; // null while stopped
        private int served;

        public void start() {
            if (routes != null && !routes.isEmpty()) {
                throw new IllegalStateException("already started with routes");
            }
            routes = new HashMap<>();
        }

        public void route(String path, UnaryOperator<String> handler) {
            if (path == null || !path.startsWith("/") || handler == null) {
                throw new IllegalArgumentException("bad route " + path);
            }
            if (routes != null && !routes.containsKey(path)) {
                routes.put(path, handler);
                return;
            }
            if (routes == null) {
                throw new IllegalStateException("router not started");
            }
            throw new IllegalArgumentException("duplicate route " + path);
        }

        public String handle(String path, String body) {
            UnaryOperator<String> handler = routes != null && path != null ? routes.get(path) : null;
            if (handler != null) {
                served++;
                return "200 " + handler.apply(body);
            }
            return routes == null ? "503 Service Unavailable" : "404 Not Found";
        }

        public boolean unroute(String path) {
            return routes != null && routes.remove(path) != null;
        }

        public int routeCount() {
            return routes == null || routes.isEmpty() ? 0 : routes.size();
        }

        public int served() {
            return served;
        }

        /** Idempotent. */
        public void stop() {
            routes = null;
        }
    }

    public static void main(String[] args) {
        Router router = new Router();

        // Phase 1: before the map exists.
        check(router.handle("/ping", "").startsWith("503"), "stopped router answers 503");
        check(router.routeCount() == 0 && !router.unroute("/ping"), "no routes yet");
        expect(IllegalStateException.class, () -> router.route("/ping", b -> "pong"));
        expect(IllegalArgumentException.class, () -> router.route("ping", b -> "pong"));

        // Phase 2: while it exists.
        router.start();
        router.route("/ping", b -> "pong");
        router.route("/upper", b -> b.toUpperCase(Locale.ROOT));
        expect(IllegalArgumentException.class, () -> router.route("/ping", b -> "again"));
        expect(IllegalStateException.class, router::start);
        check(router.handle("/ping", "").equals("200 pong"), "ping");
        check(router.handle("/upper", "abc").equals("200 ABC"), "upper");
        check(router.handle("/missing", "").startsWith("404"), "404");
        check(router.handle(null, "").startsWith("404"), "null path is 404");
        check(router.unroute("/upper") && router.routeCount() == 1, "unroute");

        // Phase 3: after it has been dropped (twice).
        router.stop();
        router.stop();
        check(router.handle("/ping", "").startsWith("503"), "stopped again");
        check(router.routeCount() == 0 && !router.unroute("/ping"), "no routes after stop");
        expect(IllegalStateException.class, () -> router.route("/x", b -> b));

        // Phase 4: after it has been created again.
        router.start();
        check(router.handle("/ping", "").startsWith("404"), "fresh table is empty");
        router.route("/echo", b -> b);
        check(router.handle("/echo", "hi").equals("200 hi") && router.served() == 3, "echo");
        router.stop();
        System.out.println("SG03RouteTable ok");
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
