package probe18;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Warehouse stock view that can be invalidated and refilled from snapshots. */
public final class N10InventoryService {
    private Map<String, Integer> stock;

    public void loadSnapshot(Map<String, Integer> snapshot) {
        stock = snapshot == null ? null : new HashMap<>(snapshot);
    }

    public void invalidate() {
        stock = null;
    }

    public int available(String sku) {
        return Optional.ofNullable(stock).map(m -> m.getOrDefault(sku, 0)).orElse(0);
    }

    public void receive(String sku, int qty) {
        stock = Optional.ofNullable(stock).orElseGet(HashMap::new);
        stock.merge(sku, qty, Integer::sum);
    }

    public boolean reserve(String sku, int qty) {
        Optional<Map<String, Integer>> current = Optional.ofNullable(stock);
        if (current.isEmpty()) {
            return false;
        }
        Map<String, Integer> m = current.get();
        int have = m.getOrDefault(sku, 0);
        if (have < qty) {
            return false;
        }
        m.put(sku, have - qty);
        return true;
    }

    public Set<String> skus() {
        return Optional.ofNullable(stock).map(Map::keySet).map(Set::copyOf).orElse(Set.of());
    }

    public static void main(String[] args) {
        N10InventoryService inv = new N10InventoryService();
        System.out.println("before load: " + inv.available("bolt") + " reserve=" + inv.reserve("bolt", 1) + " " + inv.skus());
        inv.loadSnapshot(Map.of("bolt", 10, "nut", 4));
        System.out.println("reserve 6 bolts: " + inv.reserve("bolt", 6) + " left=" + inv.available("bolt"));
        inv.invalidate();
        inv.receive("washer", 20);
        System.out.println("after invalidate+receive: " + inv.skus() + " nut=" + inv.available("nut"));
        inv.loadSnapshot(null);
        System.out.println("null snapshot: " + inv.reserve("washer", 1));
        inv.receive("nut", 2);
        System.out.println("nut=" + inv.available("nut"));
    }
}
