package probe39;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stock ledger of a warehouse service. The stock table is a {@code TreeMap} while the warehouse
 * is open and null once it is closed; every use goes through an
 * {@code instanceof TreeMap<String, Integer> s} pattern, which is false for null.
 *
 * <p>This class is single-threaded: the warehouse process runs one ledger per thread.
 */
public final class SI10InventoryLedger {
    private Map<String, Integer> stock; // a TreeMap while open, null while closed

    public void open() {
        if (!(stock instanceof TreeMap<String, Integer>)) {
            stock = new TreeMap<>();
        }
    }

    public boolean isOpen() {
        return stock instanceof TreeMap<String, Integer>;
    }

    public void receive(String sku, int quantity) {
        requireSku(sku);
        requirePositive(quantity);
        if (stock instanceof TreeMap<String, Integer> s) {
            s.merge(sku, quantity, Integer::sum);
            return;
        }
        throw new IllegalStateException("warehouse closed");
    }

    public boolean ship(String sku, int quantity) {
        requireSku(sku);
        requirePositive(quantity);
        if (!(stock instanceof TreeMap<String, Integer> s)) {
            throw new IllegalStateException("warehouse closed");
        }
        int have = s.getOrDefault(sku, 0);
        if (have < quantity) {
            return false;
        }
        if (have == quantity) {
            s.remove(sku);
        } else {
            s.put(sku, have - quantity);
        }
        return true;
    }

    public int onHand(String sku) {
        requireSku(sku);
        if (stock instanceof TreeMap<String, Integer> s) {
            return s.getOrDefault(sku, 0);
        }
        return 0;
    }

    public List<String> lowStock(int threshold) {
        List<String> out = new ArrayList<>();
        if (stock instanceof TreeMap<String, Integer> s) {
            for (Map.Entry<String, Integer> e : s.entrySet()) {
                if (e.getValue() < threshold) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    public String close() {
        String summary = stock instanceof TreeMap<String, Integer> s
                ? s.size() + " skus, first " + (s.isEmpty() ? "-" : s.firstKey())
                : "already closed";
        stock = null;
        return summary;
    }

    private static void requireSku(String sku) {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku must be non-blank");
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI10InventoryLedger ledger = new SI10InventoryLedger();
        check(!ledger.isOpen() && ledger.onHand("A-1") == 0, "closed at start");
        check(ledger.lowStock(5).isEmpty(), "no low stock while closed");
        check(ledger.close().equals("already closed"), "close before open");
        expect(IllegalStateException.class, () -> ledger.receive("A-1", 3));
        expect(IllegalStateException.class, () -> ledger.ship("A-1", 1));
        expect(IllegalArgumentException.class, () -> ledger.receive(null, 3));
        expect(IllegalArgumentException.class, () -> ledger.ship("A-1", 0));

        ledger.open();
        ledger.open();
        ledger.receive("B-2", 10);
        ledger.receive("A-1", 3);
        ledger.receive("A-1", 1);
        check(ledger.onHand("A-1") == 4, "A-1 on hand");
        check(!ledger.ship("A-1", 5), "cannot ship 5");
        check(ledger.ship("A-1", 4) && ledger.onHand("A-1") == 0, "A-1 shipped out");
        check(ledger.ship("B-2", 7) && ledger.lowStock(5).equals(List.of("B-2")), "B-2 low");
        check(ledger.close().equals("1 skus, first B-2"), "summary");

        check(ledger.close().equals("already closed"), "second close");
        check(ledger.onHand("B-2") == 0 && !ledger.isOpen(), "closed again");
        expect(IllegalStateException.class, () -> ledger.receive("C-3", 1));

        ledger.open();
        check(ledger.onHand("B-2") == 0, "fresh ledger after reopen");
        ledger.receive("C-3", 2);
        check(ledger.close().equals("1 skus, first C-3"), "reopened summary");
        System.out.println("OK SI10InventoryLedger");
    }
}
