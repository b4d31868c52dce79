package probe26;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal HTTP handler framework: an abstract base class owns the per-request header and
 * query tables (protected, set by the template method, cleared afterwards) and concrete
 * handlers implement doHandle().
 */
public final class D17HttpHandlerTemplate {

    public record Request(String method, String path, String rawHeaders) {}

    public record Response(int status, String body) {}

    public abstract static class BaseHandler {
        protected Map<String, String> headers;     // non-null only while handle() runs
        protected Map<String, String> queryParams; // null when the request has no query string
        private int handled;

        public final Response handle(Request req) {
            Map<String, String> savedHeaders = headers;
            Map<String, String> savedQuery = queryParams;
            headers = parseHeaders(req.rawHeaders());
            queryParams = parseQuery(req.path());
            handled++;
            try {
                int q = req.path().indexOf('?');
                return doHandle(req.method(), q < 0 ? req.path() : req.path().substring(0, q));
            } finally {
                headers = savedHeaders;
                queryParams = savedQuery;
            }
        }

        protected abstract Response doHandle(String method, String path);

        protected String header(String name) {
            return headers == null ? null : headers.get(name.toLowerCase(Locale.ROOT));
        }

        protected String param(String name, String def) {
            if (queryParams == null) {
                return def;
            }
            return queryParams.getOrDefault(name, def);
        }

        public int handledCount() {
            return handled;
        }

        private static Map<String, String> parseHeaders(String raw) {
            Map<String, String> h = new HashMap<>();
            for (String line : raw.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    h.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            return h;
        }

        private static Map<String, String> parseQuery(String path) {
            int q = path.indexOf('?');
            if (q < 0) {
                return null;
            }
            Map<String, String> params = new HashMap<>();
            for (String pair : path.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
            return params;
        }
    }

    static final class UserListHandler extends BaseHandler {
        @Override
        protected Response doHandle(String method, String path) {
            if (!"GET".equals(method)) {
                return new Response(405, "method not allowed");
            }
            boolean debug = queryParams != null && queryParams.containsKey("debug");
            String type = header("Accept");
            return new Response(200, "users page=" + param("page", "1") + " as " + (type == null ? "*/*" : type)
                    + (debug ? " [debug]" : ""));
        }
    }

    static final class ForwardingHandler extends BaseHandler {
        private final BaseHandler target;

        ForwardingHandler(BaseHandler target) {
            this.target = target;
        }

        @Override
        protected Response doHandle(String method, String path) {
            String host = header("host");
            Response r = target.handle(new Request(method, "/users?page=" + param("p", "9"), "Accept: text/plain"));
            String rawHops = headers != null && headers.containsKey("x-hops") ? headers.get("x-hops") : "0";
            int hops = rawHops.matches("\\d{1,6}") ? Integer.parseInt(rawHops) : 0;
            return new Response(r.status(), r.body() + " via " + host + " hops=" + hops);
        }
    }

    public static void main(String[] args) {
        UserListHandler users = new UserListHandler();
        System.out.println(users.handle(new Request("GET", "/users", "Host: a")));
        System.out.println(users.handle(new Request("GET", "/users?page=3&debug", "Accept: application/json")));
        System.out.println(users.handle(new Request("POST", "/users", "")));
        System.out.println(users.header("accept") + " " + users.param("page", "none") + " " + users.doHandle("GET", "/users"));
        ForwardingHandler fwd = new ForwardingHandler(users);
        System.out.println(fwd.handle(new Request("GET", "/legacy?p=2", "Host: edge\nX-Hops: 2")));
        System.out.println(fwd.doHandle("GET", "/direct") + " handled=" + users.handledCount() + "/" + fwd.handledCount());
    }
}
