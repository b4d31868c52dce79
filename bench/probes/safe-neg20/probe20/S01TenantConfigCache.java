package probe20;

import java.util.HashMap;
import java.util.Map;

public class S01TenantConfigCache {
    private final String region;
    private Map<String, String> settings;
    private Map<String, Integer> limits;

    public S01TenantConfigCache(String region) {
        this.region = region;
    }

    private Map<String, String> settings() {
        if (settings == null) {
            settings = new HashMap<>();
            settings.put("region", region);
        }
        return settings;
    }

    private Map<String, Integer> limits() {
        if (limits == null) {
            limits = new HashMap<>();
        }
        return limits;
    }

    public void setSetting(String key, String value) {
        settings().put(key, value);
    }

    public String getSetting(String key, String fallback) {
        return settings().getOrDefault(key, fallback);
    }

    public void setLimit(String name, int value) {
        limits().put(name, value);
    }

    public int getLimit(String name) {
        Integer v = limits().get(name);
        return v == null ? -1 : v;
    }

    public void evict() {
        settings = null;
        limits = null;
    }

    public int loadedEntries() {
        int n = 0;
        if (settings != null) {
            n += settings.size();
        }
        if (limits != null) {
            n += limits.size();
        }
        return n;
    }

    public static void main(String[] args) {
        S01TenantConfigCache cache = new S01TenantConfigCache("eu-west-1");
        System.out.println("initial entries: " + cache.loadedEntries());
        cache.setSetting("tier", "gold");
        cache.setLimit("requestsPerMinute", 600);
        System.out.println("tier=" + cache.getSetting("tier", "free"));
        System.out.println("rpm=" + cache.getLimit("requestsPerMinute"));
        System.out.println("entries after load: " + cache.loadedEntries());
        cache.evict();
        System.out.println("entries after evict: " + cache.loadedEntries());
        System.out.println("region=" + cache.getSetting("region", "?"));
        System.out.println("burst=" + cache.getLimit("burst"));
        cache.evict();
        System.out.println("final entries: " + cache.loadedEntries());
    }
}
