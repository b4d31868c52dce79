package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REST-style controller for a product catalogue with an optional response cache.
 * The cache map exists only while caching is enabled and has not been invalidated.
 */
public final class D02ProductCatalogController {

    public record Product(String sku, String name, long priceCents) {}

    public record Response(int status, String body) {}

    private final Map<String, Product> database = new LinkedHashMap<>();
    private Map<String, Response> responseCache; // null when invalidated or caching is disabled
    private boolean cachingEnabled = true;
    private int hits;
    private int misses;

    public Response get(String sku) {
        if (responseCache != null) {
            Response cached = responseCache.get(sku);
            if (cached != null) {
                hits++;
                return cached;
            }
        }
        misses++;
        Product p = database.get(sku);
        Response r = p == null
                ? new Response(404, "not found: " + sku)
                : new Response(200, render(p));
        if (cachingEnabled) {
            if (responseCache == null) {
                responseCache = new HashMap<>();
            }
            responseCache.put(sku, r);
        }
        return r;
    }

    public Response put(Product p) {
        boolean existed = database.put(p.sku(), p) != null;
        if (responseCache != null) {
            responseCache.remove(p.sku());
        }
        return new Response(existed ? 200 : 201, render(p));
    }

    public Response delete(String sku) {
        Product removed = database.remove(sku);
        if (null != responseCache) {
            responseCache.remove(sku);
        }
        return removed == null ? new Response(404, "not found: " + sku) : new Response(204, "");
    }

    public void invalidate() {
        responseCache = null;
    }

    public void setCachingEnabled(boolean on) {
        cachingEnabled = on;
        if (!on) {
            responseCache = null;
        }
    }

    public int cachedEntries() {
        if (responseCache == null) {
            return 0;
        }
        return responseCache.size();
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " cached=" + cachedEntries();
    }

    private static String render(Product p) {
        return "{\"sku\":\"" + p.sku() + "\",\"name\":\"" + p.name() + "\",\"price\":" + p.priceCents() + "}";
    }

    public static void main(String[] args) {
        D02ProductCatalogController c = new D02ProductCatalogController();
        System.out.println(c.stats());
        c.invalidate();
        System.out.println(c.get("A1"));
        System.out.println(c.put(new Product("A1", "Kettle", 2999)));
        System.out.println(c.get("A1") + " " + c.get("A1"));
        System.out.println(c.stats());
        c.invalidate();
        System.out.println(c.put(new Product("A1", "Kettle Pro", 3999)));
        System.out.println(c.delete("A1") + " " + c.delete("A1"));
        c.setCachingEnabled(false);
        System.out.println(c.get("B2") + " " + c.stats());
        c.setCachingEnabled(true);
        c.put(new Product("B2", "Mug", 899));
        System.out.println(c.get("B2") + " " + c.get("B2") + " " + c.stats());
    }
}
