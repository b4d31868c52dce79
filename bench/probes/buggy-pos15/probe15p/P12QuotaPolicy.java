package probe15p;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

public class P12QuotaPolicy {
    public enum Tier { FREE, TEAM, BUSINESS, ENTERPRISE }

    public enum Resource { API_CALLS, STORAGE_GB, SEATS }

    private final Map<String, Tier> tierByAccount = new HashMap<>();
    private final Map<String, EnumMap<Resource, Long>> usageByAccount = new HashMap<>();

    static EnumMap<Resource, Long> limitsFor(Tier tier) {
        EnumMap<Resource, Long> limits = null;
        switch (tier) {
            case FREE:
                limits = new EnumMap<>(Resource.class);
                limits.put(Resource.API_CALLS, 1_000L);
                limits.put(Resource.STORAGE_GB, 1L);
                limits.put(Resource.SEATS, 1L);
                break;
            case TEAM:
                limits = new EnumMap<>(Resource.class);
                limits.put(Resource.API_CALLS, 50_000L);
                limits.put(Resource.STORAGE_GB, 100L);
                limits.put(Resource.SEATS, 25L);
                break;
            case ENTERPRISE:
                limits = new EnumMap<>(Resource.class);
                limits.put(Resource.API_CALLS, 10_000_000L);
                limits.put(Resource.STORAGE_GB, 10_000L);
                limits.put(Resource.SEATS, 5_000L);
                break;
            default:
                break;
        }
        return limits;
    }

    public void assign(String account, Tier tier) {
        tierByAccount.put(account, tier);
    }

    public boolean tryConsume(String account, Resource resource, long amount) {
        Tier tier = tierByAccount.getOrDefault(account, Tier.FREE);
        EnumMap<Resource, Long> limits = limitsFor(tier);
        EnumMap<Resource, Long> usage = usageByAccount.computeIfAbsent(account, a -> new EnumMap<>(Resource.class));
        long used = usage.getOrDefault(resource, 0L);
        if (used + amount > limits.get(resource)) return false; // BUG
        usage.put(resource, used + amount);
        return true;
    }

    public String describe(Tier tier) {
        StringBuilder sb = new StringBuilder(tier.name()).append(':');
        limitsFor(tier).forEach((r, v) -> sb.append(' ').append(r).append('=').append(v)); // BUG
        return sb.toString();
    }

    public static void main(String[] args) {
        P12QuotaPolicy policy = new P12QuotaPolicy();
        policy.assign("acme", Tier.TEAM);
        policy.assign("initech", Tier.BUSINESS);
        System.out.println(policy.tryConsume("acme", Resource.SEATS, 20) + " " + policy.tryConsume("acme", Resource.SEATS, 10));
        System.out.println(policy.tryConsume("hobbyist", Resource.API_CALLS, 10));
        System.out.println(policy.describe(Tier.ENTERPRISE));
        prove(() -> policy.tryConsume("initech", Resource.API_CALLS, 100));
        prove(() -> policy.describe(Tier.BUSINESS));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
