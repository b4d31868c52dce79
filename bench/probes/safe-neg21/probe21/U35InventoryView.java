package probe21;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Warehouse stock with reservations. The reservations map is created on the first reservation
 * and dropped by cancelAll(); all null tests are written with Objects.isNull / Objects.nonNull
 * instead of == / != null.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U35InventoryView {

    private final Map<String, Integer> onHand = new HashMap<>();
    private Map<String, Integer> reserved;

    public U35InventoryView(Map<String, Integer> initialStock) {
        if (Objects.nonNull(initialStock)) {
            initialStock.forEach((sku, qty) -> {
                if (Objects.nonNull(sku) && Objects.nonNull(qty)) {
                    onHand.put(sku, qty);
                }
            });
        }
    }

    public int available(String sku) {
        int stock = onHand.getOrDefault(sku, 0);
        int held = Objects.nonNull(reserved) ? reserved.getOrDefault(sku, 0) : 0;
        return stock - held;
    }

    public boolean reserve(String sku, int qty) {
        if (qty <= 0 || qty > available(sku)) {
            return false;
        }
        if (Objects.isNull(reserved)) {
            reserved = new HashMap<>();
        }
        reserved.merge(sku, qty, Integer::sum);
        return true;
    }

    public int ship(String sku) {
        if (Objects.isNull(reserved)) {
            return 0;
        }
        Integer qty = reserved.remove(sku);
        if (Objects.isNull(qty)) {
            return 0;
        }
        onHand.merge(sku, -qty, Integer::sum);
        return qty;
    }

    public List<String> lowStock(int threshold) {
        return onHand.keySet().stream().filter(sku -> available(sku) < threshold).sorted().toList();
    }

    public Map<String, Integer> reservations() {
        return Objects.isNull(reserved) ? Map.of() : Collections.unmodifiableMap(reserved);
    }

    public void cancelAll() {
        reserved = null;
    }

    public static void main(String[] args) {
        U35InventoryView inv = new U35InventoryView(Map.of("apple", 10, "pear", 2));
        System.out.println(inv.available("apple") + " " + inv.ship("apple") + " " + inv.reservations() + " " + inv.lowStock(3));
        System.out.println(inv.reserve("apple", 8) + " " + inv.reserve("apple", 5) + " " + inv.reserve("pear", 0));
        System.out.println(inv.available("apple") + " " + inv.lowStock(3) + " " + inv.reservations());
        System.out.println(inv.ship("apple") + " " + inv.ship("pear") + " " + inv.available("apple"));
        inv.reserve("pear", 1);
        inv.cancelAll();
        System.out.println(inv.available("pear") + " " + inv.reservations() + " " + new U35InventoryView(null).lowStock(1));
    }
}
