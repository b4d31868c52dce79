package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * HTTP route table similar to the routers in Spark / Javalin: routes are keyed by
 * method then path, and prefix middleware is installed when the router starts.
 */
public class BC03RouteTable {

    public interface Handler {
        String handle(String path);
    }

    private final Map<String, Map<String, Handler>> routesByMethod = new HashMap<>();
    private final Map<String, UnaryOperator<String>> pendingMiddleware = new TreeMap<>();
    private Map<String, UnaryOperator<String>> middlewareByPrefix;
    private boolean started;

    public BC03RouteTable route(String method, String path, Handler handler) {
        routesByMethod.computeIfAbsent(method, m -> new HashMap<>()).put(path, handler);
        return this;
    }

    public BC03RouteTable before(String prefix, UnaryOperator<String> filter) {
        if (middlewareByPrefix != null) {
            middlewareByPrefix.put(prefix, filter);
        } else {
            pendingMiddleware.put(prefix, filter);
        }
        return this;
    }

    public void start() {
        middlewareByPrefix = new TreeMap<>(pendingMiddleware);
        pendingMiddleware.clear();
        started = true;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean hasRoute(String method, String path) {
        Map<String, Handler> byPath = routesByMethod.get(method);
        return byPath != null && byPath.containsKey(path);
    }

    public String dispatch(String method, String path) {
        String rewritten = path;
        for (String prefix : middlewareByPrefix.keySet()) {
            if (rewritten.startsWith(prefix)) {
                rewritten = middlewareByPrefix.get(prefix).apply(rewritten);
            }
        }
        Handler h = routesByMethod.get(method).get(rewritten);
        return h == null ? "404 " + rewritten : h.handle(rewritten);
    }

    public String dispatchSafely(String method, String path) {
        Map<String, UnaryOperator<String>> mw = middlewareByPrefix;
        String rewritten = path;
        if (mw != null) {
            for (Map.Entry<String, UnaryOperator<String>> e : mw.entrySet()) {
                if (rewritten.startsWith(e.getKey())) {
                    rewritten = e.getValue().apply(rewritten);
                }
            }
        }
        Map<String, Handler> byPath = routesByMethod.getOrDefault(method, Map.of());
        Handler h = byPath.get(rewritten);
        return h == null ? "404 " + rewritten : h.handle(rewritten);
    }

    public int mount(String prefix, String method, Map<String, Handler> subRoutes) {
        List<String> added = new ArrayList<>();
        subRoutes.forEach((p, h) -> {
            route(method, prefix + p, h);
            added.add(prefix + p);
        });
        return added.size();
    }

    public int mountIfPresent(String prefix, String method, Map<String, Handler> subRoutes) {
        return subRoutes == null ? 0 : mount(prefix, method, subRoutes);
    }

    public int mountPlaceholder(String prefix) {
        Map<String, Handler> none = null;
        return mount(prefix, "GET", none);
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC03RouteTable.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC03RouteTable.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC03RouteTable table = new BC03RouteTable();
        table.route("GET", "/users", p -> "200 users")
             .route("POST", "/users", p -> "201 created")
             .before("/v1", p -> p.substring(3));
        System.out.println(table.dispatchSafely("GET", "/v1/users") + " started=" + table.isStarted());
        table.start();
        table.before("/api", p -> p.substring(4));
        System.out.println(table.dispatch("GET", "/v1/users"));
        System.out.println(table.dispatch("POST", "/api/users"));
        System.out.println(table.dispatchSafely("DELETE", "/users"));
        Map<String, Handler> admin = new HashMap<>();
        admin.put("/stats", p -> "200 stats");
        System.out.println("mounted=" + table.mount("/admin", "GET", admin)
                + " optional=" + table.mountIfPresent("/x", "GET", null)
                + " has=" + table.hasRoute("GET", "/admin/stats") + " hasPut=" + table.hasRoute("PUT", "/a"));

        expectNpe("unknown method", 61, () -> table.dispatch("DELETE", "/users"));
        BC03RouteTable cold = new BC03RouteTable().route("GET", "/", p -> "200 root");
        expectNpe("dispatch before start", 56, () -> cold.dispatch("GET", "/"));
        expectNpe("placeholder mount", 82, () -> cold.mountPlaceholder("/empty"));
    }
}
