package probe22;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Prefix router. Dispatch switches on {@code routeCount()}, which is 0 whenever the route map is
 * null; the {@code case 0} arm returns, and the other arms use the map without a null test.
 * Handlers are invoked only after the last map access of the call.
 */
public class W39RouteTableDispatcher {

    /** Not thread-safe: routes are registered and dispatched from one event loop. */
    public static final class Router {
        private Map<String, UnaryOperator<String>> routes; // null when no route is registered

        private int routeCount() {
            return routes == null ? 0 : routes.size();
        }

        public void register(String prefix, UnaryOperator<String> handler) {
            if (routes == null) {
                routes = new HashMap<>();
            }
            routes.put(prefix, handler);
        }

        public void unregister(String prefix) {
            if (routes != null && routes.remove(prefix) != null && routes.isEmpty()) {
                routes = null;
            }
        }

        public String dispatch(String path, String body) {
            switch (routeCount()) {
                case 0:
                    return "503 no routes";
                case 1: {
                    Map.Entry<String, UnaryOperator<String>> only = routes.entrySet().iterator().next();
                    if (!path.startsWith(only.getKey())) {
                        return "404 " + path;
                    }
                    return only.getValue().apply(body);
                }
                default: {
                    String bestPrefix = null;
                    UnaryOperator<String> best = null;
                    for (Map.Entry<String, UnaryOperator<String>> e : routes.entrySet()) {
                        if (path.startsWith(e.getKey()) && (bestPrefix == null || e.getKey().length() > bestPrefix.length())) {
                            bestPrefix = e.getKey();
                            best = e.getValue();
                        }
                    }
                    return best == null ? "404 " + path : best.apply(body);
                }
            }
        }
    }

    public static void main(String[] args) {
        Router router = new Router();
        System.out.println(router.dispatch("/api/orders", "{}"));

        router.register("/api", b -> "api:" + b);
        System.out.println(router.dispatch("/api/orders", "{}") + " | " + router.dispatch("/static/x", ""));

        router.register("/api/orders", b -> {
            router.unregister("/api");
            router.unregister("/api/orders");
            return "orders:" + b;
        });
        System.out.println(router.dispatch("/api/orders/7", "{id:7}") + " | " + router.dispatch("/nope", ""));
        System.out.println(router.dispatch("/api/orders", "{}"));
        router.unregister("/missing");
    }
}
