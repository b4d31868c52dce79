package probe23;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Routes tenants to data sources by tenant-id prefix. The properties of the active route are held
 * in a Hashtable (as JDBC drivers expect); when no route matches, the stream lookup yields null and
 * the default data source is used. Not thread-safe.
 */
public final class X17DataSourceRouter {

    record Route(String tenantPrefix, Map<String, String> properties) {
        Route {
            Objects.requireNonNull(tenantPrefix, "tenantPrefix");
            properties = Map.copyOf(properties);
        }
    }

    private final List<Route> routes;
    private final String defaultUrl;
    private String activeTenant;
    private Hashtable<String, String> active;

    public X17DataSourceRouter(List<Route> routes, String defaultUrl) {
        this.routes = List.copyOf(routes);
        this.defaultUrl = Objects.requireNonNull(defaultUrl, "defaultUrl");
    }

    public boolean switchTo(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        activeTenant = tenant;
        active = routes.stream()
                .filter(r -> tenant.startsWith(r.tenantPrefix()))
                .findFirst()
                .map(r -> new Hashtable<>(r.properties()))
                .orElse(null);
        return active != null;
    }

    public String url() {
        if (active == null) {
            return defaultUrl;
        }
        return active.getOrDefault("url", defaultUrl);
    }

    public int poolSize() {
        String raw = active != null ? active.get("pool.size") : null;
        return raw == null ? 10 : Integer.parseInt(raw);
    }

    public String describe() {
        if (activeTenant == null) {
            return "no tenant";
        }
        return active != null ? activeTenant + " -> " + new TreeMap<>(active) : activeTenant + " -> default";
    }

    public void reset() {
        activeTenant = null;
        active = null;
    }

    public static void main(String[] args) {
        X17DataSourceRouter router = new X17DataSourceRouter(List.of(
                new Route("eu-", Map.of("url", "jdbc:pg://eu/db", "pool.size", "25")),
                new Route("us-", Map.of("url", "jdbc:pg://us/db"))), "jdbc:pg://local/db");
        System.out.println(router.describe() + " url=" + router.url() + " pool=" + router.poolSize());
        for (String tenant : new String[] {"eu-acme", "us-globex", "ap-initech"}) {
            boolean routed = router.switchTo(tenant);
            System.out.println(routed + " " + router.describe() + " url=" + router.url() + " pool=" + router.poolSize());
        }
        router.reset();
        System.out.println(router.describe() + " url=" + router.url());
    }
}
