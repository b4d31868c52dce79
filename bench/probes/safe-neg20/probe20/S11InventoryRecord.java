package probe20;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

public class S11InventoryRecord {
    record StockItem(String sku, int onHand, Map<String, Integer> binCounts) {
        StockItem {
            if (binCounts != null) {
                binCounts = Map.copyOf(binCounts);
            }
        }

        Map<String, Integer> bins() {
            return binCounts == null ? Collections.emptyMap() : binCounts;
        }

        int inBin(String bin) {
            if (binCounts == null) {
                return 0;
            }
            return binCounts.getOrDefault(bin, 0);
        }

        StockItem withBin(String bin, int qty) {
            Map<String, Integer> next = binCounts == null ? new HashMap<>() : new HashMap<>(binCounts);
            next.merge(bin, qty, Integer::sum);
            return new StockItem(sku, onHand + qty, next);
        }
    }

    private Map<String, StockItem> items;

    public void receive(String sku, String bin, int qty) {
        if (items == null) {
            items = new HashMap<>();
        }
        StockItem cur = items.getOrDefault(sku, new StockItem(sku, 0, null));
        items.put(sku, cur.withBin(bin, qty));
    }

    public StockItem find(String sku) {
        if (items == null) {
            return new StockItem(sku, 0, null);
        }
        return items.getOrDefault(sku, new StockItem(sku, 0, null));
    }

    public void closeWarehouse() {
        items = null;
    }

    public static void main(String[] args) {
        S11InventoryRecord inv = new S11InventoryRecord();
        StockItem none = inv.find("BOLT-M6");
        System.out.println(none.sku() + " onHand=" + none.onHand() + " bins=" + none.bins()
                + " A1=" + none.inBin("A1"));
        inv.receive("BOLT-M6", "A1", 100);
        inv.receive("BOLT-M6", "B2", 40);
        inv.receive("NUT-M6", "A1", 250);
        StockItem bolt = inv.find("BOLT-M6");
        System.out.println(bolt.sku() + " onHand=" + bolt.onHand() + " A1=" + bolt.inBin("A1")
                + " B2=" + bolt.inBin("B2") + " bins=" + bolt.bins().size());
        StockItem raw = new StockItem("WASHER", 5, null);
        System.out.println(raw + " C3=" + raw.inBin("C3"));
        inv.closeWarehouse();
        System.out.println("after close: " + inv.find("NUT-M6").onHand());
    }
}
