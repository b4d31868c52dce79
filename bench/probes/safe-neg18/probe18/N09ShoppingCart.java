package probe18;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shopping cart for a storefront; holds no storage until the first item is added. */
public final class N09ShoppingCart {
    private Map<String, Integer> quantities;
    private Map<String, Long> unitPrices;

    public void add(String sku, int qty, long unitPriceCents) {
        if (qty <= 0) {
            return;
        }
        if (quantities == null) {
            quantities = new LinkedHashMap<>();
            unitPrices = new HashMap<>();
        }
        quantities.merge(sku, qty, Integer::sum);
        unitPrices.put(sku, unitPriceCents);
    }

    public int count(String sku) {
        if (quantities == null) {
            return 0;
        }
        return quantities.getOrDefault(sku, 0);
    }

    public void remove(String sku) {
        if (quantities == null) {
            return;
        }
        quantities.remove(sku);
        unitPrices.remove(sku);
        if (quantities.isEmpty()) {
            quantities = null;
            unitPrices = null;
        }
    }

    public long totalCents() {
        if (quantities == null) {
            return 0;
        }
        long total = 0;
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            total += e.getValue() * unitPrices.get(e.getKey());
        }
        return total;
    }

    public int lines() {
        return quantities == null ? 0 : quantities.size();
    }

    public void clear() {
        quantities = null;
        unitPrices = null;
    }

    public static void main(String[] args) {
        N09ShoppingCart cart = new N09ShoppingCart();
        System.out.println("empty total=" + cart.totalCents() + " count=" + cart.count("x"));
        cart.remove("x");
        cart.add("apple", 3, 50);
        cart.add("pear", 1, 80);
        cart.add("apple", 2, 45);
        cart.add("ghost", 0, 1);
        System.out.println("total=" + cart.totalCents() + " lines=" + cart.lines());
        cart.remove("apple");
        cart.remove("pear");
        System.out.println("after removals total=" + cart.totalCents() + " lines=" + cart.lines());
        cart.add("plum", 4, 10);
        cart.clear();
        cart.clear();
        cart.remove("plum");
        System.out.println("cleared total=" + cart.totalCents());
    }
}
