package probe27;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Router base class (Spark/Javalin flavour): subclasses declare routes in configure(), start() publishes them. */
public final class F25HttpRouter {
    public interface Handler { String handle(Map<String, String> pathVars); }

    public abstract static class AbstractRouter {
        private Map<String, Map<String, Handler>> routes;   // method -> pattern -> handler; null until start()
        private Map<String, Map<String, Handler>> building; // non-null only while configure() runs

        public final void start() {
            if (routes != null) return;
            Map<String, Map<String, Handler>> table = new LinkedHashMap<>();
            building = table;
            try {
                configure();
            } finally {
                building = null;
            }
            routes = table;
        }

        /** Template method: call {@link #route} from here. */
        protected abstract void configure();

        protected final void route(String method, String pattern, Handler handler) {
            Map<String, Map<String, Handler>> b = building;
            if (b == null) throw new IllegalStateException("routes can only be added from configure()");
            b.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(pattern, handler);
        }

        public final String dispatch(String method, String path) {
            Map<String, Map<String, Handler>> r = routes;
            if (r == null) throw new IllegalStateException("router not started");
            for (Map.Entry<String, Handler> e : r.getOrDefault(method, Map.of()).entrySet()) {
                Map<String, String> vars = match(e.getKey(), path);
                if (vars != null) return e.getValue().handle(vars);
            }
            return notFound(method, path);
        }

        /** Hook for subclasses. */
        protected String notFound(String method, String path) { return "404 " + method + " " + path; }

        static Map<String, String> match(String pattern, String path) {
            String[] p = pattern.split("/");
            String[] s = path.split("/");
            if (p.length != s.length) return null;
            Map<String, String> vars = new HashMap<>();
            for (int i = 0; i < p.length; i++) {
                if (p[i].startsWith("{") && p[i].endsWith("}")) vars.put(p[i].substring(1, p[i].length() - 1), s[i]);
                else if (!p[i].equals(s[i])) return null;
            }
            return vars;
        }

        public final boolean isStarted() { return routes != null; }

        public final int routeCount() {
            return routes == null ? 0 : routes.values().stream().mapToInt(Map::size).sum();
        }

        public final void stop() { routes = null; }
    }

    /** A concrete application router. */
    public static final class UserApi extends AbstractRouter {
        private final Map<String, String> users = new TreeMap<>(Map.of("1", "ann", "2", "bob"));

        @Override protected void configure() {
            route("GET", "/users", vars -> String.join(",", users.values()));
            route("GET", "/users/{id}", vars -> users.getOrDefault(vars.get("id"), "unknown"));
            route("DELETE", "/users/{id}", vars -> users.remove(vars.get("id")) != null ? "deleted" : "absent");
        }

        @Override protected String notFound(String method, String path) { return "{\"error\":\"no route\"}"; }
    }

    public static void main(String[] args) {
        UserApi api = new UserApi();
        assert !api.isStarted() && api.routeCount() == 0;
        boolean early = false;
        try { api.dispatch("GET", "/users"); } catch (IllegalStateException expected) { early = true; }
        assert early;
        boolean outside = false;
        try { api.route("GET", "/x", v -> "x"); } catch (IllegalStateException expected) { outside = true; }
        assert outside;

        api.start();
        api.start();
        assert api.isStarted() && api.routeCount() == 3;
        assert api.dispatch("GET", "/users").equals("ann,bob");
        assert api.dispatch("GET", "/users/2").equals("bob") && api.dispatch("GET", "/users/9").equals("unknown");
        assert api.dispatch("DELETE", "/users/2").equals("deleted") && api.dispatch("GET", "/users").equals("ann");
        assert api.dispatch("PUT", "/users/1").equals("{\"error\":\"no route\"}");
        api.stop();
        assert !api.isStarted() && api.routeCount() == 0;
        boolean stopped = false;
        try { api.dispatch("GET", "/users"); } catch (IllegalStateException expected) { stopped = true; }
        assert stopped;

        AbstractRouter broken = new AbstractRouter() {
            @Override protected void configure() { throw new IllegalArgumentException("bad route table"); }
        };
        boolean failed = false;
        try { broken.start(); } catch (IllegalArgumentException expected) { failed = true; }
        assert failed && !broken.isStarted() && broken.routeCount() == 0;
        assert AbstractRouter.match("/a/{x}", "/a/b/c") == null;
        System.out.println("F25 ok");
    }
}
