package probe28;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E-commerce shopping cart. Line items exist only while a shopping session is
 * open; requireOpen() returns the live map or refuses with IllegalStateException.
 */
public class H17ShoppingCart {
    public record Receipt(String customer, int lines, long totalCents) {}

    private final String customer;
    private final Map<String, Long> priceList;
    private LinkedHashMap<String, Integer> items; // sku -> quantity; null outside a session
    private int receiptsIssued;

    public H17ShoppingCart(String customer, Map<String, Long> priceList) {
        this.customer = customer;
        this.priceList = Map.copyOf(priceList);
    }

    public void startShopping() {
        items = new LinkedHashMap<>();
    }

    public boolean isOpen() {
        return items != null;
    }

    private LinkedHashMap<String, Integer> requireOpen() {
        LinkedHashMap<String, Integer> live = items;
        if (live == null) {
            throw new IllegalStateException("no open session for " + customer);
        }
        return live;
    }

    public void add(String sku, int qty) {
        if (!priceList.containsKey(sku)) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        requireOpen().merge(sku, qty, Integer::sum);
    }

    public long subtotal() {
        long sum = 0;
        for (Map.Entry<String, Integer> e : requireOpen().entrySet()) {
            sum += priceList.getOrDefault(e.getKey(), 0L) * e.getValue();
        }
        return sum;
    }

    public Receipt checkout() {
        Receipt r = new Receipt(customer, requireOpen().size(), subtotal());
        items = null;
        receiptsIssued++;
        return r;
    }

    public void abandon() {
        items = null;
    }

    public int receiptsIssued() {
        return receiptsIssued;
    }

    private static boolean refuses(Runnable action) {
        try {
            action.run();
            return false;
        } catch (IllegalStateException expected) {
            return true;
        }
    }

    public static void main(String[] args) {
        H17ShoppingCart cart = new H17ShoppingCart("ann", Map.of("pen", 150L, "pad", 400L));
        assert !cart.isOpen();
        assert refuses(() -> cart.add("pen", 1));
        assert refuses(cart::subtotal);
        assert refuses(cart::checkout);
        cart.startShopping();
        cart.add("pen", 2);
        cart.add("pad", 1);
        cart.add("pen", 1);
        assert cart.subtotal() == 850;
        Receipt r = cart.checkout();
        assert r.equals(new Receipt("ann", 2, 850));
        assert !cart.isOpen();
        assert refuses(cart::subtotal);
        cart.startShopping();
        cart.add("pad", 1);
        cart.abandon();
        assert refuses(cart::checkout);
        cart.abandon();
        boolean badSku = false;
        try {
            cart.add("ink", 1);
        } catch (IllegalArgumentException e) {
            badSku = true;
        }
        assert badSku;
        assert cart.receiptsIssued() == 1;
        System.out.println(r);
    }
}
