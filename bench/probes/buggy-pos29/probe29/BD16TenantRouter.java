package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Routes each tenant to its own data source, with staged route updates. */
public class BD16TenantRouter {

    record DataSourceConfig(String url, int poolSize) {
    }

    private final String defaultTenant;
    private Map<String, DataSourceConfig> routes;
    private Map<String, DataSourceConfig> staging;
    private Map<String, String> aliases;
    private Map<String, Long> lastAccess;
    private long clock;

    BD16TenantRouter(String defaultTenant, Map<String, String> aliases) {
        this.defaultTenant = defaultTenant;
        this.routes = new HashMap<>();
        this.staging = new HashMap<>();
        this.aliases = new HashMap<>(aliases);
    }

    BD16TenantRouter(String defaultTenant) {
        this.defaultTenant = defaultTenant;
        this.routes = new HashMap<>();
        this.staging = new HashMap<>();
    }

    /** Restores access times persisted by a previous instance. */
    void restoreAccessLog(Map<String, Long> persisted) {
        this.lastAccess = new HashMap<>(persisted);
        for (long t : persisted.values()) {
            clock = Math.max(clock, t);
        }
    }

    String resolve(String tenant) {
        if (aliases.isEmpty()) {
            return tenant;
        }
        return aliases.getOrDefault(tenant, tenant);
    }

    DataSourceConfig route(String tenant) {
        DataSourceConfig cfg = routes.get(resolve(tenant));
        return cfg != null ? cfg : routes.get(defaultTenant);
    }

    void markActive(String tenant) {
        long now = ++clock;
        lastAccess.compute(tenant, (k, previous) -> now);
    }

    List<String> idleTenants(long olderThan) {
        List<String> out = new ArrayList<>();
        Map<String, Long> snapshot = lastAccess;
        if (snapshot == null) {
            return out;
        }
        snapshot.forEach((tenant, t) -> {
            if (t < olderThan) {
                out.add(tenant);
            }
        });
        return out;
    }

    void stageRoute(String tenant, DataSourceConfig cfg) {
        staging.put(tenant, cfg);
    }

    int stagedCount() {
        Map<String, DataSourceConfig> snapshot = staging;
        return snapshot == null ? 0 : snapshot.size();
    }

    /** Promotes the staged map to be the live routing table. */
    void publishStaged() {
        Map<String, DataSourceConfig> promoted = staging;
        routes.forEach(promoted::putIfAbsent);
        routes = promoted;
        staging = null;
    }

    int routeCount() {
        return routes.size();
    }

    public static void main(String[] args) {
        BD16TenantRouter router = new BD16TenantRouter("public", Map.of("acme-corp", "acme"));
        router.stageRoute("acme", new DataSourceConfig("jdbc:pg://db1/acme", 10));
        router.stageRoute("public", new DataSourceConfig("jdbc:pg://db0/public", 4));
        System.out.println("staged " + router.stagedCount());
        router.publishStaged();
        System.out.println("acme-corp -> " + router.route("acme-corp") + ", unknown -> " + router.route("zeta"));
        System.out.println("routes " + router.routeCount() + ", staged " + router.stagedCount());
        System.out.println("idle before restore " + router.idleTenants(100));
        router.restoreAccessLog(Map.of("acme", 3L, "public", 9L));
        router.markActive("acme");
        System.out.println("idle " + router.idleTenants(10));
        BD16TenantRouter single = new BD16TenantRouter("public");
        single.stageRoute("public", new DataSourceConfig("jdbc:pg://db0/public", 2));
        System.out.println("single staged " + single.stagedCount() + " idle " + single.idleTenants(1));

        try {
            System.out.println(single.resolve("acme"));
            noNpe("resolve on a router built without aliases");
        } catch (NullPointerException e) {
            expect(e, 43);
        }
        try {
            single.markActive("public");
            noNpe("markActive before restoreAccessLog");
        } catch (NullPointerException e) {
            expect(e, 56);
        }
        try {
            router.stageRoute("globex", new DataSourceConfig("jdbc:pg://db2/globex", 6));
            noNpe("staging a route after publishStaged");
        } catch (NullPointerException e) {
            expect(e, 74);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD16TenantRouter.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
