package probe35;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * E-commerce cart. Line items are allocated on the first add() and released at
 * checkout or when the last item is removed. Guards are compound boolean expressions
 * plus a switch over a status string that has an explicit "EMPTY" case.
 */
public class SE12ShoppingCart {
    private Map<String, Integer> items; // null while the cart is empty
    private boolean locked;
    private int orders;

    public void add(String sku, int quantity) {
        if (quantity <= 0 || sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("bad line " + sku + " x" + quantity);
        }
        if (items != null && locked) {
            throw new IllegalStateException("cart locked for payment");
        }
        if (items == null) {
            items = new LinkedHashMap<>();
        }
        items.merge(sku, quantity, Integer::sum);
    }

    public int quantity(String sku) {
        return items != null && items.containsKey(sku) ? items.get(sku) : 0;
    }

    public void remove(String sku) {
        if (items == null || locked || !items.containsKey(sku)) {
            throw new NoSuchElementException("no removable line " + sku);
        }
        items.remove(sku);
        if (items.isEmpty() && !locked) {
            items = null;
        }
    }

    public void lock() {
        if (!(items != null && !items.isEmpty()) || locked) {
            throw new IllegalStateException("nothing to pay for");
        }
        locked = true;
    }

    public long total(Map<String, Long> prices) {
        long sum = 0;
        if (prices != null && !prices.isEmpty() && items != null) {
            for (Map.Entry<String, Integer> line : items.entrySet()) {
                sum += prices.getOrDefault(line.getKey(), 0L) * line.getValue();
            }
        }
        return sum;
    }

    public String checkout() {
        String status = items == null ? "EMPTY" : locked ? "LOCKED" : "OPEN";
        switch (status) {
            case "EMPTY":
                throw new IllegalStateException("empty cart");
            case "OPEN":
                throw new IllegalStateException("lock the cart first");
            case "LOCKED":
                String receipt = "order#" + (++orders) + " " + items;
                items = null;
                locked = false;
                return receipt;
            default:
                throw new AssertionError(status);
        }
    }

    public static void main(String[] args) {
        SE12ShoppingCart cart = new SE12ShoppingCart();
        Map<String, Long> prices = Map.of("apple", 30L, "pear", 45L);
        check(cart.quantity("apple") == 0 && cart.total(prices) == 0, "empty cart");
        expect(NoSuchElementException.class, () -> cart.remove("apple"));
        expect(IllegalStateException.class, cart::lock);
        expect(IllegalStateException.class, cart::checkout);

        cart.add("apple", 2);
        cart.add("pear", 1);
        cart.add("apple", 1);
        check(cart.quantity("apple") == 3 && cart.total(prices) == 135, "totals");
        expect(IllegalStateException.class, cart::checkout);
        cart.remove("pear");
        cart.remove("apple");
        check(cart.quantity("apple") == 0 && cart.total(prices) == 0, "emptied by remove");
        expect(IllegalStateException.class, cart::lock);

        cart.add("pear", 2);
        cart.lock();
        expect(IllegalStateException.class, () -> cart.add("apple", 1));
        expect(NoSuchElementException.class, () -> cart.remove("pear"));
        check(cart.checkout().equals("order#1 {pear=2}"), "receipt");

        for (int round = 0; round < 2; round++) {
            check(cart.total(prices) == 0 && cart.quantity("pear") == 0, "dropped after checkout");
            expect(IllegalStateException.class, cart::checkout);
            expect(NoSuchElementException.class, () -> cart.remove("pear"));
        }

        cart.add("apple", 1);
        check(cart.total(prices) == 30 && cart.quantity("apple") == 1, "new cart");
        System.out.println("SE12ShoppingCart ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
