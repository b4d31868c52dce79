package probe21;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Small dispatcher route table. The route map is never initialised at its declaration;
 * the constructor reaches the assignment through init() -> loadDefaults() -> register*().
 */
public final class U01RouteTable {

    @FunctionalInterface
    public interface Handler extends UnaryOperator<String> {
    }

    private final String contextPath;
    private final List<String> staticPrefixes;
    private Map<String, Handler> routes;
    private int reloads;

    public U01RouteTable(String contextPath, List<String> staticPrefixes) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.staticPrefixes = staticPrefixes == null ? List.of() : List.copyOf(staticPrefixes);
        init();
    }

    private void init() {
        this.routes = loadDefaults();
    }

    private Map<String, Handler> loadDefaults() {
        Map<String, Handler> table = new LinkedHashMap<>();
        registerBuiltins(table);
        registerStaticPrefixes(table);
        return table;
    }

    private void registerBuiltins(Map<String, Handler> table) {
        table.put(contextPath + "/health", path -> "UP");
        table.put(contextPath + "/info", path -> "routes=" + table.size() + ",reloads=" + reloads);
    }

    private void registerStaticPrefixes(Map<String, Handler> table) {
        for (String prefix : staticPrefixes) {
            table.put(contextPath + prefix, path -> "static:" + path.substring(contextPath.length()));
        }
    }

    public void register(String path, Handler handler) {
        if (path == null || handler == null) {
            throw new IllegalArgumentException("path and handler are required");
        }
        routes.put(contextPath + path, handler);
    }

    public String dispatch(String path) {
        Handler exact = routes.get(path);
        if (exact != null) {
            return exact.apply(path);
        }
        for (Map.Entry<String, Handler> e : routes.entrySet()) {
            if (path.startsWith(e.getKey() + "/")) {
                return e.getValue().apply(path);
            }
        }
        return "404 " + path;
    }

    /** Rebuilds the built-in routes while keeping everything registered since. */
    public void reload() {
        Map<String, Handler> fresh = loadDefaults();
        routes.forEach(fresh::putIfAbsent);
        routes = fresh;
        reloads++;
    }

    public List<String> paths() {
        return new ArrayList<>(routes.keySet());
    }

    public static void main(String[] args) {
        U01RouteTable table = new U01RouteTable("/api", List.of("/assets"));
        System.out.println(table.dispatch("/api/health"));
        System.out.println(table.dispatch("/api/assets/logo.png"));
        table.register("/users", path -> "users");
        System.out.println(table.dispatch("/api/users"));
        table.reload();
        System.out.println(table.dispatch("/api/info"));
        System.out.println(table.dispatch("/api/missing"));
        System.out.println(new U01RouteTable(null, null).paths());
    }
}
