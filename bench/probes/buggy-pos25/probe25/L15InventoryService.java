package probe25;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

public class L15InventoryService {

    private HashMap<String, Integer> stock;
    private TreeMap<String, Integer> reserved;
    private NavigableMap<String, Integer> reorderLevels;
    private boolean stockLoaded;
    private boolean reservationsEnabled;

    public void loadStock(Map<String, Integer> snapshot) {
        stock = new HashMap<>(snapshot);
        stockLoaded = true;
    }

    public void enableReservations() {
        reserved = new TreeMap<>();
        reservationsEnabled = true;
    }

    public void setReorderLevel(String sku, int level) {
        if (reorderLevels == null) {
            reorderLevels = new TreeMap<>();
        }
        reorderLevels.put(sku, level);
    }

    private int reservedQty(String sku) {
        return reservationsEnabled ? reserved.getOrDefault(sku, 0) : 0;
    }

    public boolean reserve(String sku, int qty) {
        if (!stockLoaded) {
            return false;
        }
        int available = stock.getOrDefault(sku, 0) - reservedQty(sku);
        if (available < qty) {
            return false;
        }
        reserved.merge(sku, qty, Integer::sum);
        return true;
    }

    public void release(String sku) {
        if (stockLoaded) {
            reserved.remove(sku);
        }
    }

    public int onHand(String sku) {
        return stockLoaded ? stock.getOrDefault(sku, 0) : 0;
    }

    public int available(String sku) {
        return onHand(sku) - reservedQty(sku);
    }

    public void ship(String sku, int qty) {
        if (!stockLoaded || !reservationsEnabled) {
            throw new IllegalStateException("not ready");
        }
        int held = reserved.getOrDefault(sku, 0);
        if (held < qty) {
            throw new IllegalStateException("not reserved: " + sku);
        }
        reserved.put(sku, held - qty);
        stock.merge(sku, -qty, Integer::sum);
    }

    public String reorderReport() {
        StringBuilder sb = new StringBuilder();
        if (reorderLevels != null && stockLoaded) {
            for (Map.Entry<String, Integer> e : reorderLevels.entrySet()) {
                if (stock.getOrDefault(e.getKey(), 0) <= e.getValue()) {
                    sb.append(e.getKey()).append(' ');
                }
            }
        }
        return sb.toString().trim();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L15InventoryService.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L15InventoryService warehouse = new L15InventoryService();
        System.out.println("empty: reserve=" + warehouse.reserve("bolt", 1) + " onHand=" + warehouse.onHand("bolt"));
        warehouse.release("bolt");
        warehouse.loadStock(Map.of("bolt", 10, "nut", 3));
        warehouse.enableReservations();
        System.out.println("reserve=" + warehouse.reserve("bolt", 4) + " " + warehouse.reserve("nut", 5));
        warehouse.ship("bolt", 3);
        warehouse.setReorderLevel("bolt", 8);
        warehouse.setReorderLevel("nut", 1);
        System.out.println("bolt avail=" + warehouse.available("bolt") + " reorder=" + warehouse.reorderReport());
        warehouse.release("bolt");
        System.out.println("bolt avail=" + warehouse.available("bolt"));

        L15InventoryService shop = new L15InventoryService();
        shop.loadStock(Map.of("cable", 2));
        System.out.println("shop avail=" + shop.available("cable") + " reserve(9)=" + shop.reserve("cable", 9)
                + " reorder='" + shop.reorderReport() + "'");

        expectNpe(45, () -> shop.reserve("cable", 1));
        expectNpe(51, () -> shop.release("cable"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
