package probe16p;

import java.util.LinkedHashMap;
import java.util.Map;

public class Q16ServiceRouter {

    record RouteTable(String service, String baseUrl, Map<String, String> routes) {
        static RouteTable placeholder(String service) {
            return new RouteTable(service, "http://" + service + ".internal", null);
        }
    }

    private final Map<String, RouteTable> tables = new LinkedHashMap<>();

    public void register(String service, String baseUrl, Map<String, String> routes) {
        tables.put(service, new RouteTable(service, baseUrl, new LinkedHashMap<>(routes)));
    }

    public RouteTable tableFor(String service) {
        return tables.computeIfAbsent(service, RouteTable::placeholder);
    }

    public String resolve(String service, String path) {
        RouteTable table = tableFor(service);
        String target = table.routes().get(path); // BUG
        return table.baseUrl() + (target != null ? target : path);
    }

    public void addRoute(String service, String path, String target) {
        tableFor(service).routes().put(path, target); // BUG
    }

    public int routeCount() {
        int count = 0;
        for (RouteTable table : tables.values()) {
            if (table.routes() != null) {
                count += table.routes().size();
            }
        }
        return count;
    }

    public static void main(String[] args) {
        Q16ServiceRouter router = new Q16ServiceRouter();
        router.register("billing", "http://billing:8080", Map.of("/invoices", "/api/v2/invoices"));
        router.addRoute("billing", "/refunds", "/api/v2/refunds");
        System.out.println("resolved = " + router.resolve("billing", "/invoices") + ", routes = " + router.routeCount());

        prove("resolve on unregistered service", () -> router.resolve("shipping", "/labels"));
        prove("add route to unregistered service", () -> router.addRoute("search", "/q", "/api/search"));
        System.out.println("routes after placeholders = " + router.routeCount());
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
