package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A minimal HTTP router: exact-path routes per method. Each method's table is a separate
 * map; tables for methods with no routes are left null.
 */
public class SC06RouteTable {

    public interface Handler extends Function<String, String> {
    }

    private Map<String, Handler> getRoutes;
    private Map<String, Handler> postRoutes;

    public void route(String method, String path, Handler h) {
        switch (method) {
            case "GET" -> {
                getRoutes = getRoutes == null ? new LinkedHashMap<>() : getRoutes;
                getRoutes.put(path, h);
            }
            case "POST" -> {
                postRoutes = postRoutes == null ? new LinkedHashMap<>() : postRoutes;
                postRoutes.put(path, h);
            }
            default -> throw new UnsupportedOperationException("method " + method);
        }
    }

    public String dispatch(String method, String path, String body) {
        Map<String, Handler> table = "GET".equals(method) ? getRoutes
                : "POST".equals(method) ? postRoutes : null;
        Handler h = table == null ? null : table.get(path);
        return h == null ? "404 " + path : "200 " + h.apply(body);
    }

    public int routeCount() {
        return (getRoutes == null ? 0 : getRoutes.size()) + (postRoutes == null ? 0 : postRoutes.size());
    }

    public boolean supports(String method) {
        return switch (method) {
            case "GET" -> getRoutes != null && !getRoutes.isEmpty();
            case "POST" -> postRoutes != null && !postRoutes.isEmpty();
            default -> false;
        };
    }

    public void unmount(String method) {
        if ("GET".equals(method)) {
            getRoutes = null;
        } else if ("POST".equals(method)) {
            postRoutes = null;
        }
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC06RouteTable r = new SC06RouteTable();
        r.unmount("GET");
        check(r.dispatch("GET", "/", "").equals("404 /"), "empty get");
        check(r.dispatch("POST", "/", "").equals("404 /"), "empty post");
        check(r.dispatch("PUT", "/", "").equals("404 /"), "put");
        check(r.routeCount() == 0 && !r.supports("GET") && !r.supports("POST"), "nothing");
        try {
            r.route("DELETE", "/x", b -> b);
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }

        r.route("GET", "/hello", b -> "hello");
        r.route("POST", "/echo", b -> b.toUpperCase());
        r.route("GET", "/bye", b -> "bye");
        check(r.dispatch("GET", "/hello", "").equals("200 hello"), "hello");
        check(r.dispatch("POST", "/echo", "abc").equals("200 ABC"), "echo");
        check(r.routeCount() == 3 && r.supports("GET") && r.supports("POST"), "3 routes");

        for (int i = 0; i < 2; i++) {
            r.unmount("GET");
            r.unmount("POST");
            r.unmount("PATCH");
            check(r.dispatch("GET", "/hello", "").equals("404 /hello"), "unmounted get");
            check(r.dispatch("POST", "/echo", "").equals("404 /echo"), "unmounted post");
            check(r.routeCount() == 0 && !r.supports("GET"), "nothing again");
        }

        r.route("POST", "/echo", b -> b + b);
        check(r.dispatch("POST", "/echo", "ab").equals("200 abab"), "remounted");
        check(r.dispatch("GET", "/hello", "").equals("404 /hello"), "get still gone");
        check(r.routeCount() == 1 && r.supports("POST") && !r.supports("GET"), "1 route");
        System.out.println("SC06 ok");
    }
}
