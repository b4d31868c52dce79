package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Javalin/Spring MVC style router. Static routes are served from a lazily
 * built index; a {@link Match} carries path parameters only for templated routes.
 */
public class B24Router {
    static final class Route {
        final String method;
        final String[] segments;
        final Function<Match, String> handler;

        Route(String method, String pattern, Function<Match, String> handler) {
            this.method = method;
            this.segments = pattern.split("/");
            this.handler = handler;
        }

        boolean hasVariables() {
            for (String s : segments) {
                if (s.startsWith("{")) {
                    return true;
                }
            }
            return false;
        }

        String key() {
            return method + " " + String.join("/", segments);
        }

        Map<String, String> bind(String path) {
            String[] parts = path.split("/");
            if (parts.length != segments.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                if (segments[i].startsWith("{")) {
                    params.put(segments[i].substring(1, segments[i].length() - 1), parts[i]);
                } else if (!segments[i].equals(parts[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    public static final class Match {
        private final Route route;
        private final Map<String, String> pathParams; // null for static routes

        Match(Route route, Map<String, String> pathParams) {
            this.route = route;
            this.pathParams = pathParams;
        }

        public String pathParam(String name, String def) {
            if (pathParams == null) {
                return def;
            }
            return pathParams.getOrDefault(name, def);
        }

        public Map<String, String> pathParams() {
            return pathParams != null ? pathParams : Map.of();
        }

        @Override
        public String toString() {
            return route.key() + (pathParams == null ? "" : " " + pathParams);
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private Map<String, Route> staticIndex; // rebuilt lazily after every registration

    public B24Router get(String pattern, Function<Match, String> handler) {
        routes.add(new Route("GET", pattern, handler));
        staticIndex = null;
        return this;
    }

    private Map<String, Route> staticIndex() {
        if (staticIndex == null) {
            Map<String, Route> idx = new HashMap<>();
            for (Route r : routes) {
                if (!r.hasVariables()) {
                    idx.putIfAbsent(r.key(), r);
                }
            }
            staticIndex = idx;
        }
        return staticIndex;
    }

    public Optional<Match> match(String method, String path) {
        Route exact = staticIndex().get(method + " " + path);
        if (exact != null) {
            return Optional.of(new Match(exact, null));
        }
        for (Route r : routes) {
            if (r.method.equals(method) && r.hasVariables()) {
                Map<String, String> params = r.bind(path);
                if (params != null) {
                    return Optional.of(new Match(r, params));
                }
            }
        }
        return Optional.empty();
    }

    public String handle(String method, String path) {
        return match(method, path).map(m -> m.route.handler.apply(m)).orElse("404 " + path);
    }

    public static void main(String[] args) {
        B24Router router = new B24Router();
        System.out.println(router.handle("GET", "/health"));
        router.get("/health", m -> "UP " + m.pathParams() + " " + m.pathParam("id", "-"))
                .get("/users/{id}", m -> "user " + m.pathParam("id", "?"))
                .get("/users/{id}/orders/{order}", m -> "order " + m.pathParams());
        System.out.println(router.handle("GET", "/health") + " | " + router.handle("GET", "/users/42")
                + " | " + router.handle("GET", "/users/42/orders/7") + " | " + router.handle("POST", "/health"));
        router.get("/users/me", m -> "me");
        System.out.println(router.handle("GET", "/users/me") + " " + router.match("GET", "/health").orElseThrow()
                + " " + router.match("GET", "/users/1").orElseThrow());
    }
}
