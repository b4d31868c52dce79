package probe19b;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Per-tenant configuration cache, filled on demand from region defaults and ops overrides. */
public class Y15TenantCache {

    record TenantConfig(String tenant, String region, int quota) { }

    private final ConcurrentHashMap<String, TenantConfig> cache = new ConcurrentHashMap<>();
    private Map<String, String> regionOverrides; // pushed from the ops console, often never
    private Map<String, Integer> quotaDefaults;  // per-region defaults, set by warmUp()

    void warmUp(Map<String, Integer> defaults) {
        quotaDefaults = new HashMap<>(defaults);
    }

    void setRegionOverrides(Map<String, String> overrides) {
        regionOverrides = overrides == null ? null : new HashMap<>(overrides);
    }

    String regionOf(String tenant) {
        Map<String, String> o = regionOverrides;
        return o == null ? "eu-1" : o.getOrDefault(tenant, "eu-1");
    }

    TenantConfig get(String tenant) {
        return cache.computeIfAbsent(tenant, t -> {
            String region = regionOverrides != null ? regionOverrides.getOrDefault(t, "eu-1") : "eu-1";
            int quota = quotaDefaults.getOrDefault(region, 100); // BUG
            return new TenantConfig(t, region, quota);
        });
    }

    /** Ops endpoint: re-applies region overrides to the tenants already cached. */
    int reapplyOverrides() {
        int[] moved = {0};
        cache.forEach((tenant, cfg) -> {
            String region = regionOverrides.get(tenant); // BUG
            if (region != null && !region.equals(cfg.region())) {
                cache.put(tenant, new TenantConfig(tenant, region, cfg.quota()));
                moved[0]++;
            }
        });
        return moved[0];
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y15TenantCache.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y15TenantCache.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y15TenantCache c = new Y15TenantCache();
        c.warmUp(Map.of("eu-1", 500, "us-2", 800));
        System.out.println(c.get("acme") + " " + c.regionOf("acme") + " empty reapply=" + new Y15TenantCache().reapplyOverrides());
        c.setRegionOverrides(Map.of("acme", "us-2"));
        System.out.println("moved " + c.reapplyOverrides() + " " + c.get("acme") + " " + c.get("globex"));

        prove(32, () -> System.out.println(new Y15TenantCache().get("initech")));
        prove(41, () -> {
            Y15TenantCache fresh = new Y15TenantCache();
            fresh.warmUp(Map.of("eu-1", 500));
            fresh.get("umbrella");
            System.out.println(fresh.reapplyOverrides());
        });
    }
}
