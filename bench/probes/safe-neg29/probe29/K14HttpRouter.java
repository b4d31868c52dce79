package probe29;

import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Tiny HTTP router: exact path handlers plus a fallback. */
public class K14HttpRouter {

    /** Response with a status code and body. */
    public record Response(int status, String body) {
    }

    private TreeMap<String, Function<String, Response>> routes;
    private Function<String, Response> fallback = q -> new Response(404, "not found");

    public K14HttpRouter route(String path, Function<String, Response> handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        if (routes == null) {
            routes = new TreeMap<>();
        }
        routes.put(path, handler);
        return this;
    }

    public K14HttpRouter otherwise(Function<String, Response> handler) {
        fallback = handler;
        return this;
    }

    public Response handle(String uri) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? "" : uri.substring(q + 1);
        return Optional.ofNullable(routes)
                .map(r -> r.get(path))
                .orElse(fallback)
                .apply(query);
    }

    public String longestPrefix(String path) {
        return Optional.ofNullable(routes)
                .map(r -> r.floorKey(path))
                .filter(path::startsWith)
                .orElse("<none>");
    }

    public int routeCount() {
        return Optional.ofNullable(routes).map(TreeMap::size).orElse(0);
    }

    public String table() {
        return Optional.ofNullable(routes).map(r -> String.join(",", r.keySet())).orElse("");
    }

    public void clear() {
        routes = null;
    }

    public static void main(String[] args) {
        K14HttpRouter router = new K14HttpRouter();
        System.out.println(router.handle("/health") + " count=" + router.routeCount() + " table='" + router.table()
                + "' prefix=" + router.longestPrefix("/api/x"));
        try {
            router.route("health", q -> new Response(200, "ok"));
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        router.route("/health", q -> new Response(200, "ok"))
                .route("/api", q -> new Response(200, "api " + q))
                .route("/echo", q -> new Response(200, q.isEmpty() ? "(empty)" : q));
        System.out.println(router.handle("/health"));
        System.out.println(router.handle("/echo?msg=hi"));
        System.out.println(router.handle("/missing"));
        System.out.println("prefix=" + router.longestPrefix("/api/users") + " " + router.longestPrefix("/a"));
        router.otherwise(q -> new Response(410, "gone"));
        System.out.println(router.handle("/old") + " table=" + router.table() + " count=" + router.routeCount());
        router.clear();
        System.out.println(router.handle("/health") + " count=" + router.routeCount() + " table='" + router.table() + "'");
    }
}
