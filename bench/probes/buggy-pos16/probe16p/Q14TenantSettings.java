package probe16p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

public class Q14TenantSettings {
    private final Map<String, SortedMap<String, String>> settingsByTenant = new HashMap<>();

    public void onboard(String tenant) {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("plan", "free");
        settings.put("max.users", "5");
        settingsByTenant.put(tenant, settings);
    }

    public void configure(String tenant, String key, String value) {
        settingsByTenant.get(tenant).put(key, value); // BUG
    }

    public String setting(String tenant, String key) {
        SortedMap<String, String> settings = settingsByTenant.get(tenant);
        return settings == null ? null : settings.get(key);
    }

    public List<String> keysWithPrefix(String tenant, String prefix) {
        SortedMap<String, String> settings = settingsByTenant.get(tenant);
        List<String> keys = new ArrayList<>();
        for (String key : settings.tailMap(prefix).keySet()) { // BUG
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    public static void main(String[] args) {
        Q14TenantSettings registry = new Q14TenantSettings();
        registry.onboard("acme");
        registry.configure("acme", "max.storage", "10GB");
        System.out.println("acme max.* = " + registry.keysWithPrefix("acme", "max.")
                + ", plan = " + registry.setting("acme", "plan")
                + ", globex plan = " + registry.setting("globex", "plan"));

        prove("configure before onboarding", () -> registry.configure("globex", "plan", "pro"));
        prove("list keys of unknown tenant", () -> registry.keysWithPrefix("initech", "max."));
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
