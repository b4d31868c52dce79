package probe23;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-tenant settings with a single-level undo. The settings displaced by the last update are kept
 * from the return value of {@link Map#put}, which is null when the tenant was new. Not thread-safe.
 */
public final class X10TenantConfigRegistry {

    private final Map<String, Map<String, String>> tenants = new HashMap<>();
    private String lastTenant;
    private Map<String, String> previous;

    public void update(String tenant, Map<String, String> settings) {
        if (tenant == null) {
            throw new IllegalArgumentException("tenant is required");
        }
        Map<String, String> copy = Map.copyOf(settings);
        previous = tenants.put(tenant, copy);
        lastTenant = tenant;
    }

    public Map<String, String> settings(String tenant) {
        return tenants.getOrDefault(tenant, Map.of());
    }

    /** Keys whose value the last update added, changed or removed. */
    public Set<String> changedKeys() {
        Set<String> changed = new TreeSet<>();
        if (lastTenant == null) {
            return changed;
        }
        Map<String, String> now = tenants.getOrDefault(lastTenant, Map.of());
        if (previous == null) {
            changed.addAll(now.keySet());
            return changed;
        }
        for (Map.Entry<String, String> e : previous.entrySet()) {
            if (!e.getValue().equals(now.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        for (String key : now.keySet()) {
            if (!previous.containsKey(key)) {
                changed.add(key);
            }
        }
        return changed;
    }

    public boolean undo() {
        if (lastTenant == null) {
            return false;
        }
        if (previous != null) {
            tenants.put(lastTenant, previous);
        } else {
            tenants.remove(lastTenant);
        }
        lastTenant = null;
        previous = null;
        return true;
    }

    public void remove(String tenant) {
        tenants.remove(tenant);
        if (tenant != null && tenant.equals(lastTenant)) {
            lastTenant = null;
            previous = null;
        }
    }

    public static void main(String[] args) {
        X10TenantConfigRegistry registry = new X10TenantConfigRegistry();
        System.out.println("nothing to undo: " + registry.undo() + " changed=" + registry.changedKeys());
        registry.update("acme", Map.of("region", "eu-west-1", "tier", "gold"));
        System.out.println("new tenant changed=" + registry.changedKeys());
        registry.update("acme", Map.of("region", "eu-central-1", "tier", "gold", "sso", "on"));
        System.out.println("update changed=" + registry.changedKeys());
        registry.undo();
        System.out.println("after undo: " + new TreeSet<>(registry.settings("acme").entrySet().stream()
                .map(Object::toString).toList()));
        registry.update("globex", Map.of("tier", "free"));
        registry.remove("globex");
        System.out.println("removed: changed=" + registry.changedKeys() + " undo=" + registry.undo());
        registry.update("initech", Map.of());
        registry.undo();
        System.out.println("undone new tenant: " + registry.settings("initech"));
    }
}
