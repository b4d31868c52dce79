package probe20;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

public class S05PriceQuoteService {
    private Map<String, BigDecimal> lastPrices;
    private Map<String, BigDecimal> discounts;

    public void publish(String symbol, BigDecimal price) {
        if (lastPrices == null) {
            lastPrices = new HashMap<>();
        }
        lastPrices.put(symbol, price);
    }

    public void setDiscounts(Map<String, BigDecimal> discounts) {
        this.discounts = discounts;
    }

    public BigDecimal quote(String symbol, int quantity) {
        if (lastPrices == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal unit = lastPrices.get(symbol);
        if (unit == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity));
        if (discounts == null) {
            return total.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal pct = discounts.get(symbol);
        if (pct == null) {
            return total.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal factor = BigDecimal.ONE.subtract(pct.movePointLeft(2));
        return total.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    public void marketClosed() {
        lastPrices = null;
    }

    public int symbolsKnown() {
        if (lastPrices == null) {
            return 0;
        }
        return lastPrices.size();
    }

    public static void main(String[] args) {
        S05PriceQuoteService svc = new S05PriceQuoteService();
        System.out.println("empty quote: " + svc.quote("ACME", 10));
        svc.publish("ACME", new BigDecimal("12.50"));
        svc.publish("GLOBEX", new BigDecimal("99.99"));
        System.out.println("ACME x10: " + svc.quote("ACME", 10));
        Map<String, BigDecimal> d = new HashMap<>();
        d.put("GLOBEX", new BigDecimal("10"));
        svc.setDiscounts(d);
        System.out.println("GLOBEX x3: " + svc.quote("GLOBEX", 3));
        System.out.println("ACME x2: " + svc.quote("ACME", 2));
        System.out.println("unknown: " + svc.quote("INITECH", 1));
        svc.setDiscounts(null);
        System.out.println("GLOBEX x3 no discount: " + svc.quote("GLOBEX", 3));
        svc.marketClosed();
        System.out.println("after close: " + svc.quote("ACME", 1) + " symbols=" + svc.symbolsKnown());
    }
}
