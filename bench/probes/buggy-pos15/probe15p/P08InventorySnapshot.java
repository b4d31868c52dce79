package probe15p;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

public class P08InventorySnapshot {
    private final String warehouse;
    private final long version;
    private Map<String, Integer> stockBySku;

    public P08InventorySnapshot(String warehouse) {
        this.warehouse = warehouse;
        this.version = 0;
    }

    public P08InventorySnapshot(P08InventorySnapshot previous) {
        this.warehouse = previous.warehouse;
        this.version = previous.version + 1;
        this.stockBySku = new TreeMap<>();
        for (Map.Entry<String, Integer> e : previous.stockBySku.entrySet()) { // BUG
            if (e.getValue() > 0) stockBySku.put(e.getKey(), e.getValue());
        }
    }

    public void load(Map<String, Integer> counts) {
        stockBySku = new TreeMap<>(counts);
    }

    public int available(String sku) {
        if (stockBySku == null) return 0;
        return stockBySku.getOrDefault(sku, 0);
    }

    public void adjust(String sku, int delta) {
        stockBySku.merge(sku, delta, Integer::sum); // BUG
    }

    public P08InventorySnapshot next() {
        return new P08InventorySnapshot(this);
    }

    public String describe() {
        return warehouse + "@v" + version + (stockBySku == null ? " (not loaded)" : " " + stockBySku);
    }

    public static void main(String[] args) {
        P08InventorySnapshot monday = new P08InventorySnapshot("berlin-1");
        Map<String, Integer> counts = new HashMap<>();
        counts.put("A-100", 4);
        counts.put("B-200", 0);
        monday.load(counts);
        P08InventorySnapshot tuesday = monday.next();
        tuesday.adjust("A-100", -1);
        System.out.println(tuesday.describe() + " A=" + tuesday.available("A-100") + " B=" + tuesday.available("B-200"));

        P08InventorySnapshot fresh = new P08InventorySnapshot("paris-2");
        System.out.println(fresh.describe() + " A=" + fresh.available("A-100"));
        prove(() -> fresh.next());
        prove(() -> fresh.adjust("A-100", 10));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
