package probe15p;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class P05PriceCache {
    private final Function<String, BigDecimal> priceSource;
    private Map<String, BigDecimal> priceBySku;
    private int misses;

    public P05PriceCache(Function<String, BigDecimal> priceSource) {
        this.priceSource = priceSource;
    }

    private Map<String, BigDecimal> prices() {
        if (priceBySku == null) {
            priceBySku = new HashMap<>();
        }
        return priceBySku;
    }

    public BigDecimal lookup(String sku) {
        BigDecimal cached = prices().get(sku);
        if (cached != null) return cached;
        misses++;
        BigDecimal fresh = priceSource.apply(sku);
        if (fresh != null) prices().put(sku, fresh);
        return fresh;
    }

    public void invalidate(String sku) {
        priceBySku.remove(sku); // BUG
    }

    public boolean isCached(String sku) {
        return priceBySku.containsKey(sku); // BUG
    }

    public int size() {
        return prices().size();
    }

    public int misses() {
        return misses;
    }

    public static void main(String[] args) {
        Map<String, BigDecimal> catalog = Map.of("SKU-1", new BigDecimal("9.99"), "SKU-2", new BigDecimal("24.50"));
        P05PriceCache warm = new P05PriceCache(catalog::get);
        warm.lookup("SKU-1");
        warm.lookup("SKU-1");
        warm.lookup("SKU-2");
        warm.invalidate("SKU-1");
        System.out.println("size=" + warm.size() + " misses=" + warm.misses() + " cached=" + warm.isCached("SKU-2"));

        P05PriceCache cold = new P05PriceCache(catalog::get);
        prove(() -> cold.invalidate("SKU-2"));
        prove(() -> cold.isCached("SKU-2"));
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
