package probe20;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

public class S20ShoppingCart {
    private TreeMap<String, Integer> quantities;
    private TreeMap<String, BigDecimal> unitPrices;
    private String couponCode;

    public void add(String sku, BigDecimal price, int qty) {
        if (quantities == null) {
            quantities = new TreeMap<>();
            unitPrices = new TreeMap<>();
        }
        quantities.merge(sku, qty, Integer::sum);
        unitPrices.put(sku, price);
    }

    public void remove(String sku) {
        if (quantities == null) {
            return;
        }
        quantities.remove(sku);
        if (unitPrices != null) {
            unitPrices.remove(sku);
        }
        if (quantities.isEmpty()) {
            quantities = null;
            unitPrices = null;
        }
    }

    public boolean isEmpty() {
        return quantities == null || quantities.isEmpty();
    }

    public BigDecimal total() {
        if (quantities == null || unitPrices == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            BigDecimal p = unitPrices.get(e.getKey());
            if (p != null) {
                sum = sum.add(p.multiply(BigDecimal.valueOf(e.getValue())));
            }
        }
        if ("SAVE10".equals(couponCode)) {
            sum = sum.multiply(new BigDecimal("0.90"));
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public void checkout() {
        quantities = null;
        unitPrices = null;
        couponCode = null;
    }

    public static void main(String[] args) {
        S20ShoppingCart cart = new S20ShoppingCart();
        System.out.println("empty=" + cart.isEmpty() + " total=" + cart.total());
        cart.remove("nothing");
        cart.add("BOOK-1", new BigDecimal("19.99"), 2);
        cart.add("PEN-4", new BigDecimal("1.50"), 10);
        System.out.println("total=" + cart.total());
        cart.couponCode = "SAVE10";
        System.out.println("with coupon=" + cart.total());
        cart.remove("BOOK-1");
        cart.remove("PEN-4");
        System.out.println("empty=" + cart.isEmpty() + " total=" + cart.total());
        cart.add("MUG-2", new BigDecimal("8.00"), 1);
        cart.checkout();
        System.out.println("after checkout empty=" + cart.isEmpty() + " total=" + cart.total());
    }
}
