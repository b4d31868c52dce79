package probe21b;

import java.util.HashMap;
import java.util.Map;

/**
 * Pricing front end of the catalogue service. Caching and auditing are switched on by
 * overridable hooks; a subclass that turns a hook on is expected to provide the matching map.
 */
public class C03PriceService {

    private static final String FILE = "C03PriceService.java";

    /** Cached prices in cents; provided by subclasses that enable caching. */
    protected Map<String, Long> cache;
    /** Lookups per SKU; provided by subclasses that enable auditing. */
    protected Map<String, Integer> audit;

    protected boolean isCachingEnabled() {
        return false;
    }

    protected boolean isAuditEnabled() {
        return false;
    }

    protected long listPrice(String sku) {
        return 100L * sku.length();
    }

    public long price(String sku) {
        if (isAuditEnabled()) {
            audit.merge(sku, 1, Integer::sum);
        }
        if (isCachingEnabled()) {
            return cache.computeIfAbsent(sku, this::listPrice); // BUG
        }
        return listPrice(sku);
    }

    public int auditedSkus() {
        return isAuditEnabled() ? audit.size() : 0;
    }

    public int cachedSkus() {
        return isCachingEnabled() ? cache.size() : 0; // BUG
    }

    /** Standard storefront service: caches and audits; both maps exist from construction on. */
    static final class CachingService extends C03PriceService {
        CachingService() {
            cache = new HashMap<>();
            audit = new HashMap<>();
        }

        @Override
        protected boolean isCachingEnabled() {
            return true;
        }

        @Override
        protected boolean isAuditEnabled() {
            return true;
        }
    }

    /** Promotional pricing: prices come from a campaign that is loaded after construction. */
    static final class PromoService extends C03PriceService {
        @Override
        protected boolean isCachingEnabled() {
            return true;
        }

        void loadCampaign(Map<String, Long> prices) {
            cache = new HashMap<>(prices);
        }
    }

    public static void main(String[] args) {
        C03PriceService base = new C03PriceService();
        long total = base.price("A-1") + base.auditedSkus() + base.cachedSkus();
        CachingService caching = new CachingService();
        total += caching.price("B-22") + caching.price("B-22") + caching.auditedSkus() + caching.cachedSkus();
        PromoService promo = new PromoService();
        promo.loadCampaign(Map.of("C-3", 999L));
        total += promo.price("C-3") + promo.price("D-4") + promo.cachedSkus() + promo.auditedSkus();
        System.out.println("safe: total " + total);

        prove(FILE, 36, () -> new PromoService().price("E-5"));
        prove(FILE, 46, () -> new PromoService().cachedSkus());
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
