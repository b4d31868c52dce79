package probe29;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Web-shop cart with per-item quantities and an optional coupon. */
public class K28ShoppingCart {

    private static final Map<String, Integer> PRICES = Map.of("apple", 50, "bread", 250, "milk", 120);

    private LinkedHashMap<String, Integer> lines;
    private String coupon;

    private Map<String, Integer> lines() {
        return lines == null ? Collections.emptyMap() : lines;
    }

    private Set<Map.Entry<String, Integer>> entries() {
        return lines == null ? Collections.emptySet() : lines.entrySet();
    }

    public void add(String sku, int qty) {
        if (!PRICES.containsKey(sku) || qty <= 0) {
            throw new IllegalArgumentException("bad line " + sku + " x" + qty);
        }
        if (lines == null) {
            lines = new LinkedHashMap<>();
        }
        lines.merge(sku, qty, Integer::sum);
    }

    public boolean remove(String sku) {
        if (!lines().containsKey(sku)) {
            return false;
        }
        lines.remove(sku);
        if (lines.isEmpty()) {
            lines = null;
        }
        return true;
    }

    public int quantity(String sku) {
        return lines().getOrDefault(sku, 0);
    }

    public int totalCents() {
        int total = 0;
        for (Map.Entry<String, Integer> e : entries()) {
            total += PRICES.get(e.getKey()) * e.getValue();
        }
        if (coupon != null && total >= 500) {
            total -= total / 10;
        }
        return total;
    }

    public void applyCoupon(String code) {
        coupon = code;
    }

    public String receipt() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : entries()) {
            sb.append(e.getKey()).append(" x").append(e.getValue()).append("; ");
        }
        return sb.append("total=").append(totalCents()).toString();
    }

    public Map<String, Integer> checkout() {
        Map<String, Integer> order = new LinkedHashMap<>(lines());
        lines = null;
        coupon = null;
        return order;
    }

    public static void main(String[] args) {
        K28ShoppingCart cart = new K28ShoppingCart();
        System.out.println(cart.receipt() + " qty=" + cart.quantity("apple") + " rm=" + cart.remove("apple")
                + " checkout=" + cart.checkout());
        try {
            cart.add("caviar", 1);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        cart.add("apple", 3);
        cart.add("bread", 1);
        cart.add("apple", 2);
        System.out.println(cart.receipt() + " apples=" + cart.quantity("apple"));
        cart.applyCoupon("TENOFF");
        System.out.println(cart.receipt());
        System.out.println("rm bread=" + cart.remove("bread") + " rm milk=" + cart.remove("milk") + " "
                + cart.receipt());
        System.out.println("rm apple=" + cart.remove("apple") + " " + cart.receipt());
        cart.add("milk", 5);
        System.out.println("order=" + cart.checkout() + " after=" + cart.receipt());
    }
}
