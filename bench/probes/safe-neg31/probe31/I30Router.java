package probe31;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Route table for a small web controller; unconfigured routers answer 404 for everything. */
public final class I30Router {
    public interface Handler {
        String handle(String path);
    }

    private Map<String, Handler> routes; // null until the first route() call; reset() drops it

    private static String key(String method, String path) {
        return method + " " + path;
    }

    public I30Router route(String method, String path, Handler handler) {
        if (method == null || path == null || handler == null) {
            throw new IllegalArgumentException("method, path and handler are required");
        }
        routes = Objects.requireNonNullElseGet(routes, LinkedHashMap::new);
        if (routes.putIfAbsent(key(method, path), handler) != null) {
            throw new IllegalArgumentException("duplicate route " + key(method, path));
        }
        return this;
    }

    public String dispatch(String method, String path) {
        Handler h = Optional.ofNullable(routes).map(r -> r.get(key(method, path))).orElse(null);
        return h == null ? "404 Not Found" : "200 " + h.handle(path);
    }

    public int routeCount() {
        return Objects.requireNonNullElse(routes, Map.of()).size();
    }

    public List<String> endpoints() {
        return List.copyOf(Objects.requireNonNullElse(routes, Map.<String, Handler>of()).keySet());
    }

    public void reset() {
        routes = null;
    }

    public static void main(String[] args) {
        I30Router router = new I30Router();
        if (!router.dispatch("GET", "/health").equals("404 Not Found") || router.routeCount() != 0 || !router.endpoints().isEmpty()) {
            throw new AssertionError("unconfigured");
        }
        router.reset();
        router.route("GET", "/health", p -> "OK")
              .route("GET", "/users", p -> "[ann, bob]")
              .route("POST", "/admin/reset", p -> {
                  router.reset(); // handler reconfigures the router mid-dispatch
                  return "reset";
              });
        if (!router.dispatch("GET", "/users").equals("200 [ann, bob]")) throw new AssertionError("dispatch");
        if (!router.dispatch("DELETE", "/users").startsWith("404")) throw new AssertionError("method mismatch");
        try {
            router.route("GET", "/health", p -> "dup");
            throw new AssertionError("duplicate route");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        if (!router.endpoints().equals(List.of("GET /health", "GET /users", "POST /admin/reset"))) throw new AssertionError("endpoints");
        String r = router.dispatch("POST", "/admin/reset");
        if (!r.equals("200 reset") || router.routeCount() != 0) throw new AssertionError("reset via handler");
        router.route("GET", "/health", p -> "OK again");
        System.out.println("I30 " + router.dispatch("GET", "/health") + " routes=" + router.routeCount());
    }
}
