package probe27;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E-commerce shopping cart with a wire-format snapshot record, guest-cart merging at login
 * and promotion discounts, like the cart service of a storefront backend.
 */
public class BA19ShoppingCart {
    /** Snapshot exchanged with the session store: "id|version|sku:qty,sku:qty". */
    public record CartSnapshot(String cartId, long version, Map<String, Integer> lines) {
        static CartSnapshot fromWire(String wire) {
            String[] parts = wire.split("\\|", -1);
            Map<String, Integer> lines = null;
            if (!parts[2].isEmpty()) {
                lines = new LinkedHashMap<>();
                for (String item : parts[2].split(",")) {
                    String[] kv = item.split(":");
                    lines.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            return new CartSnapshot(parts[0], Long.parseLong(parts[1]), lines);
        }

        boolean isEmpty() {
            return lines == null || lines.isEmpty();
        }

        int itemCount() {
            int n = 0;
            for (int qty : lines.values()) {
                n += qty;
            }
            return n;
        }
    }

    private final String id;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, Long> prices;
    private Map<String, Long> discounts;

    public BA19ShoppingCart(String id, Map<String, Long> prices) {
        this.id = id;
        this.prices = prices;
    }

    public void add(String sku, int qty) {
        lines.merge(sku, qty, Integer::sum);
    }

    /** Merges the anonymous cart into the user's cart at login. */
    public void mergeGuestCart(CartSnapshot guest) {
        guest.lines().forEach(this::add);
    }

    public boolean mergeIfPresent(CartSnapshot guest) {
        if (guest.isEmpty()) {
            return false;
        }
        guest.lines().forEach(this::add);
        return true;
    }

    public void applyPromotions(Map<String, Long> promo) {
        Map<String, Long> applied = new HashMap<>();
        promo.forEach((sku, off) -> {
            if (lines.containsKey(sku)) {
                applied.put(sku, off);
            }
        });
        discounts = applied;
    }

    public long total() {
        long sum = 0;
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            long unit = prices.getOrDefault(e.getKey(), 0L);
            long off = discounts == null ? 0L : discounts.getOrDefault(e.getKey(), 0L);
            sum += (unit - off) * e.getValue();
        }
        return sum;
    }

    public String receiptLine(String sku) {
        long unit = prices.getOrDefault(sku, 0L);
        return sku + " x" + lines.getOrDefault(sku, 0) + " @" + unit + " -" + discounts.getOrDefault(sku, 0L);
    }

    public CartSnapshot snapshot(long version) {
        return new CartSnapshot(id, version, Map.copyOf(lines));
    }

    public static void main(String[] args) {
        Map<String, Long> prices = Map.of("book", 1500L, "pen", 200L, "mug", 900L);
        BA19ShoppingCart cart = new BA19ShoppingCart("user-7", prices);
        cart.add("book", 1);
        CartSnapshot guest = CartSnapshot.fromWire("anon-1|3|pen:2,mug:1");
        cart.mergeGuestCart(guest);
        System.out.println("guest items " + guest.itemCount() + ", total " + cart.total());
        CartSnapshot emptyGuest = CartSnapshot.fromWire("anon-2|1|");
        System.out.println("merged empty guest: " + cart.mergeIfPresent(emptyGuest) + ", empty=" + emptyGuest.isEmpty());
        cart.applyPromotions(Map.of("book", 300L, "laptop", 5000L));
        System.out.println(cart.receiptLine("book") + " / total " + cart.total());
        System.out.println("snapshot " + cart.snapshot(4).itemCount());

        expectNpe(33, () -> emptyGuest.itemCount());
        expectNpe(56, () -> new BA19ShoppingCart("user-8", prices).mergeGuestCart(emptyGuest));
        BA19ShoppingCart noPromo = new BA19ShoppingCart("user-9", prices);
        noPromo.add("pen", 3);
        System.out.println("no promo total " + noPromo.total());
        expectNpe(89, () -> noPromo.receiptLine("pen"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA19ShoppingCart.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
