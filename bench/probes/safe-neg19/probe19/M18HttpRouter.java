package probe19;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** HTTP router mapping method and path to handlers, with optional per-method statistics. */
public class M18HttpRouter {
    private final Map<String, Route> routes;
    private Map<String, Integer> methodStats;

    public M18HttpRouter() {
        this.routes = new LinkedHashMap<>();
    }

    public class Route {
        private final String method;
        private final Function<Map<String, String>, Object> handler;

        Route(String method, Function<Map<String, String>, Object> handler) {
            this.method = method;
            this.handler = handler;
        }

        public Route alias(String otherPath) {
            routes.put(method + " " + otherPath, this);
            return this;
        }
    }

    public Route add(String method, String path, Function<Map<String, String>, Object> handler) {
        Route route = new Route(method, handler);
        routes.put(method + " " + path, route);
        return route;
    }

    public void enableStats() {
        if (methodStats == null) {
            methodStats = new HashMap<>();
        }
    }

    public void disableStats() {
        methodStats = null;
    }

    public String dispatch(String method, String path, Map<String, String> params) {
        if (methodStats instanceof HashMap<String, Integer> stats) {
            stats.merge(method, 1, Integer::sum);
        }
        Route route = routes.get(method + " " + path);
        if (route == null) {
            return "404";
        }
        Object out = route.handler.apply(params);
        if (out instanceof String text) {
            return "200 text/plain " + text;
        } else if (out instanceof Map<?, ?> json) {
            return "200 application/json " + new TreeMap<>(json);
        } else if (out instanceof Integer status) {
            return String.valueOf(status);
        }
        return "204";
    }

    public String stats() {
        return methodStats instanceof HashMap<String, Integer> stats ? new TreeMap<>(stats).toString() : "disabled";
    }

    public static void main(String[] args) {
        M18HttpRouter router = new M18HttpRouter();
        System.out.println(router.dispatch("GET", "/", Map.of()) + " " + router.stats());
        router.add("GET", "/health", p -> "ok").alias("/status");
        router.add("GET", "/users", p -> Map.of("id", p.getOrDefault("id", "0"), "name", "ada"));
        router.add("DELETE", "/users", p -> 403);
        router.add("POST", "/ping", p -> null);
        router.enableStats();
        router.enableStats();
        System.out.println(router.dispatch("GET", "/status", Map.of()));
        System.out.println(router.dispatch("GET", "/users", Map.of("id", "7")));
        System.out.println(router.dispatch("DELETE", "/users", Map.of()) + " " + router.dispatch("POST", "/ping", Map.of()));
        System.out.println(router.stats());
        router.disableStats();
        System.out.println(router.dispatch("GET", "/health", Map.of()) + " " + router.stats());
        router.disableStats();
        router.enableStats();
        System.out.println(router.dispatch("PUT", "/x", Map.of()) + " " + router.stats());
    }
}
