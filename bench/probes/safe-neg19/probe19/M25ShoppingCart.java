package probe19;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Shopping cart with line items, unit prices and optional coupon discounts. */
public class M25ShoppingCart {
    private Map<String, Integer> items;
    private Map<String, Long> unitPrices;
    private Map<String, Integer> discountsPercent;

    public M25ShoppingCart() {
        items = new LinkedHashMap<>();
        unitPrices = new HashMap<>();
    }

    public M25ShoppingCart(M25ShoppingCart other) {
        Objects.requireNonNull(other, "other");
        items = new LinkedHashMap<>(other.items);
        unitPrices = new HashMap<>(other.unitPrices);
        discountsPercent = other.discountsPercent == null ? null : new HashMap<>(other.discountsPercent);
    }

    public void add(String sku, int qty, long unitPriceCents) {
        items.merge(sku, qty, Integer::sum);
        unitPrices.put(sku, unitPriceCents);
    }

    public void applyCoupon(String sku, int percent) {
        if (discountsPercent == null) {
            discountsPercent = new HashMap<>();
        }
        discountsPercent.put(sku, Math.min(100, Math.max(0, percent)));
    }

    public void removeCoupons() {
        discountsPercent = null;
    }

    public long totalCents() {
        long total = 0;
        for (Map.Entry<String, Integer> line : items.entrySet()) {
            long lineTotal = line.getValue() * unitPrices.getOrDefault(line.getKey(), 0L);
            if (discountsPercent != null && discountsPercent.containsKey(line.getKey())) {
                lineTotal = lineTotal * (100 - discountsPercent.get(line.getKey())) / 100;
            }
            total += lineTotal;
        }
        return total;
    }

    public void clear() {
        items = new LinkedHashMap<>();
        unitPrices = new HashMap<>();
        discountsPercent = null;
    }

    public int lineCount() {
        return items.size();
    }

    public static void main(String[] args) {
        M25ShoppingCart cart = new M25ShoppingCart();
        System.out.println(cart.totalCents() + " " + cart.lineCount());
        M25ShoppingCart emptyCopy = new M25ShoppingCart(cart);
        cart.add("book", 2, 1500);
        cart.add("pen", 3, 200);
        cart.applyCoupon("book", 10);
        M25ShoppingCart saved = new M25ShoppingCart(cart);
        cart.removeCoupons();
        cart.removeCoupons();
        System.out.println(cart.totalCents() + " " + saved.totalCents() + " " + emptyCopy.totalCents());
        M25ShoppingCart copyWithoutCoupons = new M25ShoppingCart(cart);
        copyWithoutCoupons.applyCoupon("pen", 150);
        System.out.println(copyWithoutCoupons.totalCents());
        cart.clear();
        cart.applyCoupon("ghost", 50);
        System.out.println(cart.totalCents() + " " + cart.lineCount() + " " + saved.lineCount());
    }
}
