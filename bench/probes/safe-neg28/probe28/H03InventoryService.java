package probe28;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Warehouse inventory service. The stock map is only allocated when the first
 * delivery is booked and is released when the warehouse is closed for audit.
 */
public class H03InventoryService {
    private final String warehouse;
    private TreeMap<String, Integer> stock; // null: no deliveries booked yet / closed
    private final List<String> journal = new ArrayList<>();
    private int lowWaterMark;

    public H03InventoryService(String warehouse, int lowWaterMark) {
        this.warehouse = warehouse;
        this.lowWaterMark = lowWaterMark;
    }

    public void receive(String sku, int qty) {
        if (qty <= 0) {
            throw new IllegalArgumentException("qty must be positive");
        }
        if (stock == null) {
            stock = new TreeMap<>();
        }
        stock.merge(sku, qty, Integer::sum);
        journal.add("+" + qty + " " + sku);
    }

    public int onHand(String sku) {
        if (stock == null) {
            return 0;
        }
        return stock.getOrDefault(sku, 0);
    }

    public boolean ship(String sku, int qty) {
        if (stock == null) {
            return false;
        }
        int have = stock.getOrDefault(sku, 0);
        if (have < qty) {
            return false;
        }
        if (have == qty) {
            stock.remove(sku);
        } else {
            stock.put(sku, have - qty);
        }
        journal.add("-" + qty + " " + sku);
        return true;
    }

    public List<String> lowStock() {
        List<String> low = new ArrayList<>();
        if (stock == null) {
            return low;
        }
        for (Map.Entry<String, Integer> e : stock.entrySet()) {
            if (e.getValue() < lowWaterMark) {
                low.add(e.getKey());
            }
        }
        return low;
    }

    public String firstSku() {
        if (stock == null || stock.isEmpty()) {
            return "";
        }
        return stock.firstKey();
    }

    public void closeForAudit() {
        stock = null;
        journal.add("audit");
    }

    public void setLowWaterMark(int mark) {
        this.lowWaterMark = mark;
    }

    public String summary() {
        return warehouse + " journal=" + journal.size();
    }

    public static void main(String[] args) {
        H03InventoryService inv = new H03InventoryService("WH-7", 5);
        assert inv.onHand("bolt") == 0;
        assert !inv.ship("bolt", 1);
        assert inv.lowStock().isEmpty();
        assert inv.firstSku().isEmpty();
        inv.receive("bolt", 10);
        inv.receive("nut", 3);
        inv.receive("bolt", 2);
        assert inv.onHand("bolt") == 12;
        assert inv.ship("bolt", 9);
        assert !inv.ship("nut", 4);
        assert inv.ship("nut", 3);
        assert inv.onHand("nut") == 0;
        assert inv.lowStock().equals(List.of("bolt"));
        assert inv.firstSku().equals("bolt");
        inv.setLowWaterMark(2);
        assert inv.lowStock().isEmpty();
        inv.closeForAudit();
        assert inv.onHand("bolt") == 0;
        assert !inv.ship("bolt", 1);
        assert inv.firstSku().isEmpty();
        assert inv.summary().equals("WH-7 journal=6") : inv.summary();
        System.out.println(inv.summary());
    }
}
