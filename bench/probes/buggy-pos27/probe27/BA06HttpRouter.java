package probe27;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Method + path router with default response headers and CORS handling,
 * comparable to the routers of lightweight HTTP frameworks.
 */
public class BA06HttpRouter {
    record Request(String method, String path, Map<String, String> headers) {
    }

    record Response(int status, String body, Map<String, String> headers) {
    }

    interface Handler {
        String handle(Request request);
    }

    private final Map<String, Map<String, Handler>> routes = new HashMap<>();
    private Map<String, String> defaultHeaders = new LinkedHashMap<>();

    public BA06HttpRouter get(String path, Handler handler) {
        return add("GET", path, handler);
    }

    public BA06HttpRouter post(String path, Handler handler) {
        return add("POST", path, handler);
    }

    private BA06HttpRouter add(String method, String path, Handler handler) {
        routes.computeIfAbsent(method, m -> new HashMap<>()).put(path, handler);
        return this;
    }

    /** Routes for a method; HEAD is served by the GET routes. */
    private Map<String, Handler> routesFor(String method) {
        if ("HEAD".equals(method)) {
            return routes.get("GET");
        }
        return routes.get(method);
    }

    public Set<String> allowedMethods(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Map.Entry<String, Map<String, Handler>> e : routes.entrySet()) {
            if (e.getValue().containsKey(path)) {
                allowed.add(e.getKey());
            }
        }
        return allowed;
    }

    public boolean matches(Request request) {
        Map<String, Handler> table = routesFor(request.method());
        return table != null && table.containsKey(request.path());
    }

    public Response dispatch(Request request) {
        if ("OPTIONS".equals(request.method())) {
            return new Response(204, "", headers(request, allowedMethods(request.path())));
        }
        Map<String, Handler> table = routesFor(request.method());
        Handler handler = table.get(request.path());
        if (handler == null) {
            return new Response(404, "no route", headers(request, null));
        }
        return new Response(200, handler.handle(request), headers(request, null));
    }

    public void setDefaultHeaders(Map<String, String> headers) {
        this.defaultHeaders = headers;
    }

    public Map<String, String> defaultHeaders() {
        return defaultHeaders == null ? Map.of() : Collections.unmodifiableMap(defaultHeaders);
    }

    private Map<String, String> headers(Request request, Set<String> allow) {
        Map<String, String> out = new LinkedHashMap<>();
        defaultHeaders.forEach(out::put);
        Map<String, String> cors = null;
        String origin = request.headers().get("Origin");
        if (origin != null) {
            cors = new LinkedHashMap<>();
            cors.put("Access-Control-Allow-Origin", origin);
        }
        if (allow != null) {
            cors.put("Access-Control-Allow-Methods", String.join(",", allow));
        }
        if (cors != null) {
            out.putAll(cors);
        }
        return out;
    }

    public static void main(String[] args) {
        BA06HttpRouter router = new BA06HttpRouter()
                .get("/users", r -> "[ada, linus]")
                .post("/users", r -> "created");
        router.setDefaultHeaders(new LinkedHashMap<>(Map.of("Server", "probe")));
        Map<String, String> browser = Map.of("Origin", "https://app.example");
        System.out.println(router.dispatch(new Request("GET", "/users", browser)));
        System.out.println(router.dispatch(new Request("HEAD", "/users", Map.of())));
        System.out.println(router.dispatch(new Request("GET", "/missing", Map.of())));
        System.out.println(router.dispatch(new Request("OPTIONS", "/users", browser)));
        System.out.println("DELETE matches: " + router.matches(new Request("DELETE", "/users", Map.of()))
                + ", defaults=" + router.defaultHeaders());

        expectNpe(69, () -> router.dispatch(new Request("DELETE", "/users", Map.of())));
        BA06HttpRouter bare = new BA06HttpRouter().get("/health", r -> "ok");
        bare.setDefaultHeaders(null);
        System.out.println("bare defaults=" + bare.defaultHeaders());
        expectNpe(86, () -> bare.dispatch(new Request("GET", "/health", Map.of())));
        expectNpe(94, () -> router.dispatch(new Request("OPTIONS", "/users", Map.of())));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA06HttpRouter.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
