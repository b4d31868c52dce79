package probe20b;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Warehouse stock index. The stock table only exists while the index is open;
 * {@link #skuView()} hands out an empty map instead of {@code null}.
 */
public class A01InventoryIndex {

    private static final String FILE = "A01InventoryIndex.java";

    private Map<String, Integer> stock;

    /** Opens the index with an empty stock table. */
    public void open() {
        stock = new HashMap<>();
    }

    /** Releases the table; the index may be reopened later. */
    public void close() {
        stock = null;
    }

    private Map<String, Integer> skuView() {
        return stock == null ? Collections.emptyMap() : stock;
    }

    /** Total units over all SKUs. */
    public int totalUnits() {
        int total = 0;
        for (String sku : skuView().keySet()) {
            total += stock.get(sku);
        }
        return total;
    }

    /** Units on hand for one SKU, 0 when unknown. */
    public int unitsOf(String sku) {
        if (skuView().containsKey(sku)) {
            return stock.get(sku);
        }
        return 0;
    }

    /** Adds units to an SKU that is already listed. */
    public boolean addUnits(String sku, int units) {
        if (skuView().containsKey(sku)) {
            stock.merge(sku, units, Integer::sum);
            return true;
        }
        return false;
    }

    /** Lists a new SKU with an initial quantity. */
    public void list(String sku, int units) {
        if (!skuView().containsKey(sku)) {
            stock.put(sku, units); // BUG
        }
    }

    /** Removes SKUs whose count dropped to zero. */
    public void purgeEmpty() {
        if (!skuView().isEmpty()) {
            stock.values().removeIf(q -> q == 0);
        }
    }

    /** Seeds a freshly opened table from the last snapshot. */
    public void seedIfEmpty(Map<String, Integer> snapshot) {
        if (skuView().isEmpty()) {
            stock.putAll(snapshot); // BUG
        }
    }

    public static void main(String[] args) {
        A01InventoryIndex closed = new A01InventoryIndex();
        assert closed.totalUnits() == 0;
        assert closed.unitsOf("BOLT-8") == 0;
        assert !closed.addUnits("BOLT-8", 3);
        closed.purgeEmpty();

        A01InventoryIndex idx = new A01InventoryIndex();
        idx.open();
        idx.seedIfEmpty(Map.of("BOLT-8", 10, "NUT-8", 0));
        idx.list("WASHER-8", 5);
        assert idx.addUnits("BOLT-8", 2);
        idx.purgeEmpty();
        assert idx.totalUnits() == 17 : idx.totalUnits();
        assert idx.unitsOf("NUT-8") == 0;
        idx.close();
        assert idx.totalUnits() == 0;

        prove(60, () -> new A01InventoryIndex().list("BOLT-8", 1));
        prove(74, () -> new A01InventoryIndex().seedIfEmpty(Map.of("BOLT-8", 1)));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
