package probe18;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Static longest-prefix route table mapping request paths to backend services for a gateway. */
public final class N06RouteTable {
    private static final NavigableMap<String, String> ROUTES;
    private static final Map<String, Integer> PORTS;

    static {
        NavigableMap<String, String> routes = new TreeMap<>();
        routes.put("/", "frontend");
        routes.put("/api", "api-service");
        routes.put("/api/admin", "admin-service");
        routes.put("/static", "cdn");
        ROUTES = Collections.unmodifiableNavigableMap(routes);
        Map<String, Integer> ports = new TreeMap<>();
        ports.put("frontend", 3000);
        ports.put("api-service", 8080);
        ports.put("admin-service", 8081);
        ports.put("cdn", 80);
        PORTS = Collections.unmodifiableMap(ports);
    }

    private N06RouteTable() {
    }

    public static String resolve(String path) {
        String candidate = path;
        while (true) {
            Map.Entry<String, String> e = ROUTES.floorEntry(candidate);
            if (e == null) {
                return null;
            }
            String key = e.getKey();
            if (candidate.equals(key) || candidate.startsWith(key.endsWith("/") ? key : key + "/")) {
                return e.getValue();
            }
            int slash = candidate.lastIndexOf('/');
            if (slash <= 0) {
                return ROUTES.get("/");
            }
            candidate = candidate.substring(0, slash);
        }
    }

    public static int portFor(String path) {
        String service = resolve(path);
        Integer port = service == null ? null : PORTS.get(service);
        return port == null ? -1 : port;
    }

    public static int routeCount() {
        return ROUTES.size();
    }

    public static void main(String[] args) {
        String[] paths = {"/api/users", "/api/admin/keys", "/static/app.js", "/about", "/", "/apiary", ""};
        for (String p : paths) {
            System.out.println("'" + p + "' -> " + resolve(p) + ":" + portFor(p));
        }
        System.out.println("routes=" + routeCount());
    }
}
