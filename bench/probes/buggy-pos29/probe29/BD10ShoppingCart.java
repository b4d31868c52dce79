package probe29;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shopping cart backed by a shared, hot-reloadable price list. */
public class BD10ShoppingCart {

    record Customer(String id, boolean member) {
    }

    private static Map<String, BigDecimal> priceList = new HashMap<>(Map.of(
            "apple", new BigDecimal("0.50"),
            "bread", new BigDecimal("2.20"),
            "coffee", new BigDecimal("7.90")));

    /** Called by the catalogue service while a new price list is being published. */
    static void unloadCatalog() {
        priceList = null;
    }

    static boolean catalogLoaded() {
        return priceList != null;
    }

    private final Customer customer;
    private Map<String, Integer> quantities;
    private Map<String, BigDecimal> discounts;

    BD10ShoppingCart(Customer customer) {
        this.customer = customer;
        this.quantities = new LinkedHashMap<>();
        if (customer.member()) {
            this.discounts = new HashMap<>();
        }
    }

    /** "Save for later": copies the cart for the same customer. */
    BD10ShoppingCart(BD10ShoppingCart saved) {
        this.customer = saved.customer;
        if (saved.discounts != null) {
            this.discounts = new HashMap<>(saved.discounts);
        }
    }

    String owner() {
        return customer.id();
    }

    void addItem(String sku, int qty) {
        if (!priceList.containsKey(sku)) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        quantities.merge(sku, qty, Integer::sum);
    }

    void applyCoupon(String code, BigDecimal fraction) {
        discounts.put(code, fraction);
    }

    boolean isEmpty() {
        return quantities == null || quantities.isEmpty();
    }

    int couponCount() {
        return discounts == null ? 0 : discounts.size();
    }

    BigDecimal total() {
        Map<String, BigDecimal> prices = priceList;
        BigDecimal sum = BigDecimal.ZERO;
        if (quantities != null && prices != null) {
            for (Map.Entry<String, Integer> e : quantities.entrySet()) {
                BigDecimal unit = prices.getOrDefault(e.getKey(), BigDecimal.ZERO);
                sum = sum.add(unit.multiply(BigDecimal.valueOf(e.getValue())));
            }
        }
        if (discounts != null) {
            for (BigDecimal fraction : discounts.values()) {
                sum = sum.subtract(sum.multiply(fraction));
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        quantities.forEach((sku, qty) -> out.add(qty + " x " + sku));
        return out;
    }

    public static void main(String[] args) {
        BD10ShoppingCart member = new BD10ShoppingCart(new Customer("c-1", true));
        member.addItem("apple", 4);
        member.addItem("coffee", 1);
        member.applyCoupon("WELCOME10", new BigDecimal("0.10"));
        System.out.println(member.owner() + " " + member.lines() + " total " + member.total());
        BD10ShoppingCart guest = new BD10ShoppingCart(new Customer("g-7", false));
        guest.addItem("bread", 2);
        System.out.println(guest.owner() + " " + guest.lines() + " total " + guest.total()
                + " coupons " + guest.couponCount());
        BD10ShoppingCart later = new BD10ShoppingCart(member);
        System.out.println("saved for later: empty=" + later.isEmpty() + " coupons=" + later.couponCount()
                + " total " + later.total());

        try {
            guest.applyCoupon("SPRING5", new BigDecimal("0.05"));
            noNpe("coupon for a non-member");
        } catch (NullPointerException e) {
            expect(e, 63);
        }
        try {
            System.out.println(later.lines());
            noNpe("lines of a saved-for-later cart");
        } catch (NullPointerException e) {
            expect(e, 93);
        }
        unloadCatalog();
        System.out.println("catalog loaded: " + catalogLoaded() + ", member total " + member.total());
        try {
            member.addItem("bread", 1);
            noNpe("adding an item while the catalogue is unloaded");
        } catch (NullPointerException e) {
            expect(e, 56);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD10ShoppingCart.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
