package probe17p;

import java.util.HashMap;
import java.util.Map;

/** Stock per warehouse and SKU, kept in a nested map; two paths assume the warehouse exists. */
public class R13WarehouseStock {

    /** warehouse -> (sku -> quantity) */
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();

    public void addWarehouse(String warehouse) {
        stock.putIfAbsent(warehouse, new HashMap<>());
    }

    public void receive(String warehouse, String sku, int qty) {
        Map<String, Integer> bin = stock.get(warehouse);
        bin.merge(sku, qty, Integer::sum); // BUG
    }

    public int available(String warehouse, String sku) {
        return stock.get(warehouse).getOrDefault(sku, 0); // BUG
    }

    public boolean transfer(String from, String to, String sku, int qty) {
        Map<String, Integer> source = stock.get(from);
        if (source == null || source.getOrDefault(sku, 0) < qty) {
            return false;
        }
        source.merge(sku, -qty, Integer::sum);
        stock.computeIfAbsent(to, w -> new HashMap<>()).merge(sku, qty, Integer::sum);
        return true;
    }

    public int total(String sku) {
        int sum = 0;
        for (Map<String, Integer> bin : stock.values()) {
            sum += bin.getOrDefault(sku, 0);
        }
        return sum;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R13WarehouseStock.java:" + line;
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
        if (top != null && "R13WarehouseStock.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R13WarehouseStock s = new R13WarehouseStock();
        s.addWarehouse("BER-1");
        s.receive("BER-1", "bolt-m6", 500);
        s.transfer("BER-1", "HAM-2", "bolt-m6", 120);
        System.out.println("HAM-2 has " + s.available("HAM-2", "bolt-m6") + ", total " + s.total("bolt-m6"));

        prove(18, () -> {
            R13WarehouseStock t = new R13WarehouseStock();
            t.addWarehouse("BER-1");
            t.receive("MUC-3", "nut-m6", 40); // goods arrive at a warehouse never registered
        });
        prove(22, () -> System.out.println(s.available("LEJ-9", "bolt-m6")));
    }
}
