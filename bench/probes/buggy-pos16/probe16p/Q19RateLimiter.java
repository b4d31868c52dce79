package probe16p;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

public class Q19RateLimiter {

    enum Tier { FREE, PRO, ENTERPRISE }

    private final EnumMap<Tier, Integer> limitsByTier = new EnumMap<>(Tier.class);
    private final Map<String, Tier> tierByClient = new HashMap<>();
    private Map<String, Integer> usedByClient;

    public Q19RateLimiter(Map<String, Tier> knownClients) {
        limitsByTier.put(Tier.FREE, 2);
        limitsByTier.put(Tier.PRO, 100);
        limitsByTier.put(Tier.ENTERPRISE, 10_000);
        tierByClient.putAll(knownClients);
        Map<String, Integer> usedByClient = new HashMap<>();
        for (String client : knownClients.keySet()) {
            usedByClient.put(client, 0);
        }
    }

    public Tier tierOf(String client) {
        return tierByClient.getOrDefault(client, Tier.FREE);
    }

    public boolean tryAcquire(String client) {
        int limit = limitsByTier.get(tierOf(client));
        int used = usedByClient.merge(client, 1, Integer::sum); // BUG
        return used <= limit;
    }

    public void resetWindow() {
        usedByClient.replaceAll((client, used) -> 0); // BUG
    }

    public static void main(String[] args) {
        Q19RateLimiter limiter = new Q19RateLimiter(Map.of("mobile-app", Tier.PRO, "partner-x", Tier.ENTERPRISE));
        System.out.println("mobile-app tier = " + limiter.tierOf("mobile-app")
                + ", anonymous tier = " + limiter.tierOf("anonymous")
                + ", free limit = " + limiter.limitsByTier.get(Tier.FREE));

        prove("first request of a known client", () -> limiter.tryAcquire("mobile-app"));
        prove("window reset", () -> limiter.resetWindow());
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
