package probe19;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Warehouse inventory service applying commands, optionally inside a transaction. */
public class M22InventoryService {
    public enum Op { ADD, REMOVE, SET, QUERY }

    public record Command(Op op, String sku, int quantity) {}

    public record Result(boolean ok, String message) {}

    private Map<String, Integer> live;
    private Map<String, Integer> staging;

    public M22InventoryService(Map<String, Integer> initialStock) {
        live = new HashMap<>(initialStock);
    }

    private Map<String, Integer> target() {
        return staging != null ? staging : live;
    }

    public Result apply(Command c) {
        Map<String, Integer> stock = target();
        int current = stock.getOrDefault(c.sku(), 0);
        return switch (c.op()) {
            case ADD -> {
                stock.put(c.sku(), current + c.quantity());
                yield new Result(true, c.sku() + "=" + (current + c.quantity()));
            }
            case REMOVE -> {
                if (current < c.quantity()) {
                    yield new Result(false, "insufficient " + c.sku());
                }
                stock.put(c.sku(), current - c.quantity());
                yield new Result(true, c.sku() + "=" + (current - c.quantity()));
            }
            case SET -> {
                stock.put(c.sku(), c.quantity());
                yield new Result(true, c.sku() + "=" + c.quantity());
            }
            case QUERY -> new Result(true, c.sku() + "=" + current);
        };
    }

    public void begin() {
        if (staging == null) {
            staging = new HashMap<>(live);
        }
    }

    public boolean commit() {
        if (staging == null) {
            return false;
        }
        live = staging;
        staging = null;
        return true;
    }

    public void rollback() {
        staging = null;
    }

    public String snapshot() {
        return new TreeMap<>(live) + (staging == null ? "" : " pending " + new TreeMap<>(staging));
    }

    public static void main(String[] args) {
        M22InventoryService inv = new M22InventoryService(Map.of("apple", 10, "pear", 2));
        System.out.println(inv.commit() + " " + inv.apply(new Command(Op.QUERY, "apple", 0)));
        inv.rollback();
        inv.begin();
        inv.begin();
        System.out.println(inv.apply(new Command(Op.REMOVE, "pear", 5)) + " " + inv.apply(new Command(Op.ADD, "kiwi", 4)));
        System.out.println(inv.snapshot());
        inv.rollback();
        System.out.println(inv.snapshot() + " " + inv.commit());
        inv.begin();
        inv.apply(new Command(Op.SET, "apple", 1));
        System.out.println(inv.commit() + " " + inv.commit() + " " + inv.snapshot());
        System.out.println(inv.apply(new Command(Op.REMOVE, "apple", 1)) + " " + inv.snapshot());
    }
}
