package probe26;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pre-trade risk check of an order-management system. Per-trader notional limits are
 * optional (null means "no limits configured"), and intraday usage is null until the
 * first accepted order. The checks use a mix of null-test spellings.
 */
public final class D39RiskLimitEngine {

    public record OrderRequest(String trader, String symbol, long qty, double price) {}

    public enum Verdict { ACCEPT, REJECT_INVALID, REJECT_LIMIT, REJECT_HALTED }

    private Map<String, Double> notionalLimits;     // null when no limits are configured (always a HashMap otherwise)
    private HashMap<String, Double> usedNotional;   // null until the first accepted order of the day
    private final Set<String> haltedSymbols = new HashSet<>();
    private int checks;

    public void configureLimit(String trader, double limit) {
        if (Objects.isNull(notionalLimits)) {
            notionalLimits = new HashMap<>();
        }
        notionalLimits.put(trader, limit);
    }

    public void dropLimits() {
        notionalLimits = null;
    }

    public void halt(String symbol) {
        haltedSymbols.add(symbol);
    }

    public void resume(String symbol) {
        haltedSymbols.remove(symbol);
    }

    public Verdict check(OrderRequest o) {
        checks++;
        if (o.trader() == null) {
            return Verdict.REJECT_INVALID;
        }
        if (haltedSymbols.contains(o.symbol())) {
            return Verdict.REJECT_HALTED;
        }
        double notional = Math.abs(o.qty() * o.price());
        if (notionalLimits instanceof HashMap<String, Double> limits && limits.containsKey(o.trader())) {
            double used = null != usedNotional ? usedNotional.getOrDefault(o.trader(), 0.0) : 0.0;
            if (used + notional > limits.get(o.trader())) {
                return Verdict.REJECT_LIMIT;
            }
        }
        if (!Objects.nonNull(usedNotional)) {
            usedNotional = new HashMap<>();
        }
        usedNotional.merge(o.trader(), notional, Double::sum);
        return Verdict.ACCEPT;
    }

    public double headroom(String trader) {
        if (!(notionalLimits == null) && notionalLimits.containsKey(trader)) {
            double used = Objects.nonNull(usedNotional) ? usedNotional.getOrDefault(trader, 0.0) : 0.0;
            return notionalLimits.get(trader) - used;
        }
        return Double.POSITIVE_INFINITY;
    }

    public int tradersWithUsage() {
        return switch (Objects.isNull(usedNotional) ? 0 : 1) {
            case 0 -> 0;
            default -> usedNotional.size();
        };
    }

    public String exposureReport() {
        if (Objects.isNull(usedNotional)) {
            return "no exposure";
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(usedNotional).forEach((t, v) -> sb.append(t).append('=').append(Math.round(v)).append(' '));
        return sb.toString().trim();
    }

    public void startOfDay() {
        usedNotional = null;
        checks = 0;
    }

    public int checks() {
        return checks;
    }

    public static void main(String[] args) {
        D39RiskLimitEngine risk = new D39RiskLimitEngine();
        System.out.println(risk.headroom("ann") + " " + risk.tradersWithUsage() + " " + risk.exposureReport());
        System.out.println(risk.check(new OrderRequest("ann", "ACME", 100, 10.0)) + " " + risk.exposureReport());
        risk.configureLimit("ann", 5_000);
        risk.configureLimit("bob", 1_000);
        System.out.println(risk.check(new OrderRequest("ann", "ACME", 300, 10.0)) + " " + risk.check(new OrderRequest("ann", "ACME", 200, 10.0))
                + " " + risk.headroom("ann") + " " + risk.headroom("cy"));
        risk.halt("BETA");
        System.out.println(risk.check(new OrderRequest("bob", "BETA", 1, 1.0)) + " " + risk.check(new OrderRequest("bob", "ACME", -50, 10.0)));
        risk.resume("BETA");
        System.out.println(risk.check(new OrderRequest(null, "ACME", 1, 1.0)));
        System.out.println(risk.tradersWithUsage() + " " + risk.exposureReport() + " checks=" + risk.checks());
        risk.startOfDay();
        System.out.println(risk.headroom("bob") + " " + risk.tradersWithUsage() + " " + risk.exposureReport());
        risk.dropLimits();
        System.out.println(risk.check(new OrderRequest("bob", "ACME", 10_000, 10.0)) + " " + risk.headroom("bob"));
    }
}
