package probe19b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** In-memory product index. Indexes are allocated on first write. */
public class Y08CatalogIndexer {

    record Item(String sku, String category, int priceCents) { }

    private Map<String, Item> bySku;
    private Map<String, List<Item>> byCategory;

    private void ensureIndexes() {
        if (bySku == null) {
            bySku = new HashMap<>();
            byCategory = new TreeMap<>();
        }
    }

    private void index(Item item) {
        bySku.put(item.sku(), item); // BUG
        byCategory.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item);
    }

    private Item lookup(String sku) {
        return bySku.get(sku); // BUG
    }

    void add(Item item) {
        ensureIndexes();
        index(item);
    }

    /** Restores the snapshot written by the nightly export. */
    void restore(List<Item> snapshot) {
        for (Item item : snapshot) {
            index(item);
        }
    }

    Item find(String sku) {
        ensureIndexes();
        return lookup(sku);
    }

    int priceOf(String sku) {
        if (bySku == null) {
            return -1;
        }
        Item item = lookup(sku);
        return item == null ? -1 : item.priceCents();
    }

    boolean discontinue(String sku) {
        Item item = lookup(sku);
        if (item == null) {
            return false;
        }
        bySku.remove(sku);
        byCategory.get(item.category()).remove(item);
        return true;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y08CatalogIndexer.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y08CatalogIndexer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y08CatalogIndexer idx = new Y08CatalogIndexer();
        System.out.println("empty price=" + idx.priceOf("A-1") + " find=" + idx.find("A-1"));
        idx.add(new Item("A-1", "tools", 1299));
        idx.restore(List.of(new Item("B-7", "garden", 499)));
        System.out.println(idx.priceOf("B-7") + " " + idx.discontinue("A-1") + " " + idx.byCategory);

        prove(25, () -> new Y08CatalogIndexer().restore(List.of(new Item("C-3", "paint", 899))));
        prove(30, () -> System.out.println(new Y08CatalogIndexer().discontinue("A-1")));
    }
}
