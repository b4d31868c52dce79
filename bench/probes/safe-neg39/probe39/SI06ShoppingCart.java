package probe39;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shopping cart of a web shop session. An empty cart holds no line table at all: the table is
 * created by the first {@link #add} and dropped when the last line is removed or on checkout.
 * Every access is written as a conditional expression on {@code lines == null}.
 *
 * <p>This class is single-threaded: a cart belongs to one request at a time.
 */
public final class SI06ShoppingCart {
    private static final Map<String, Long> CATALOG =
            Map.of("BOOK-1", 1_999L, "MUG-7", 899L, "PEN-3", 250L);

    private LinkedHashMap<String, Integer> lines; // null while the cart is empty

    public void add(String sku, int quantity) {
        requireKnownSku(sku);
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        lines = lines == null ? new LinkedHashMap<>() : lines;
        lines.merge(sku, quantity, Integer::sum);
    }

    public int quantity(String sku) {
        requireKnownSku(sku);
        return lines == null ? 0 : lines.getOrDefault(sku, 0);
    }

    public boolean remove(String sku) {
        requireKnownSku(sku);
        Integer old = lines == null ? null : lines.remove(sku);
        lines = lines == null ? null : lines.isEmpty() ? null : lines;
        return old != null;
    }

    public int itemCount() {
        return lines == null ? 0 : lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long totalCents() {
        return lines == null
                ? 0L
                : lines.entrySet().stream()
                        .mapToLong(e -> CATALOG.getOrDefault(e.getKey(), 0L) * e.getValue())
                        .sum();
    }

    public List<String> skus() {
        return lines == null ? List.of() : List.copyOf(lines.keySet());
    }

    public boolean isEmpty() {
        return lines == null;
    }

    public String checkout() {
        String receipt = lines == null
                ? "empty cart"
                : itemCount() + " items, " + totalCents() + " cents";
        lines = null;
        return receipt;
    }

    private static void requireKnownSku(String sku) {
        if (sku == null || !CATALOG.containsKey(sku)) {
            throw new IllegalArgumentException("unknown sku: " + sku);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI06ShoppingCart cart = new SI06ShoppingCart();
        check(cart.isEmpty() && cart.itemCount() == 0 && cart.totalCents() == 0, "empty cart");
        check(cart.quantity("MUG-7") == 0 && !cart.remove("MUG-7"), "no lines yet");
        check(cart.skus().isEmpty(), "no skus");
        check(cart.checkout().equals("empty cart"), "checkout of empty cart");
        expect(IllegalArgumentException.class, () -> cart.add(null, 1));
        expect(IllegalArgumentException.class, () -> cart.add("CAR-1", 1));
        expect(IllegalArgumentException.class, () -> cart.add("PEN-3", 0));
        expect(IllegalArgumentException.class, () -> cart.quantity(null));
        expect(IllegalArgumentException.class, () -> cart.remove("nope"));

        cart.add("BOOK-1", 1);
        cart.add("PEN-3", 4);
        cart.add("BOOK-1", 1);
        check(cart.quantity("BOOK-1") == 2 && cart.itemCount() == 6, "quantities");
        check(cart.totalCents() == 2 * 1_999L + 4 * 250L, "total");
        check(cart.skus().equals(List.of("BOOK-1", "PEN-3")), "sku order");
        check(cart.remove("PEN-3") && !cart.isEmpty(), "pen removed");
        check(cart.remove("BOOK-1") && cart.isEmpty(), "last line drops the table");
        check(!cart.remove("BOOK-1") && cart.itemCount() == 0, "nothing left");

        cart.add("MUG-7", 3);
        check(cart.checkout().equals("3 items, 2697 cents"), "receipt");
        check(cart.isEmpty() && cart.checkout().equals("empty cart"), "checked out twice");
        check(cart.quantity("MUG-7") == 0 && cart.totalCents() == 0, "after checkout");

        cart.add("MUG-7", 1);
        check(cart.quantity("MUG-7") == 1 && cart.skus().equals(List.of("MUG-7")), "reused cart");
        System.out.println("OK SI06ShoppingCart");
    }
}
