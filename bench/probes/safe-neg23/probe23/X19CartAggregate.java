package probe23;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Event-sourced shopping cart. State is rebuilt by replaying events; the line map exists only
 * between {@code CartCreated} and {@code CheckedOut}. Events that arrive outside that window (for
 * example from a replayed, partly truncated stream) are ignored. Not thread-safe.
 */
public final class X19CartAggregate {

    sealed interface Event permits CartCreated, ItemAdded, ItemRemoved, CheckedOut {
    }

    record CartCreated(String cartId) implements Event {
    }

    record ItemAdded(String sku, int quantity) implements Event {
    }

    record ItemRemoved(String sku) implements Event {
    }

    record CheckedOut(String orderId) implements Event {
    }

    private String cartId;
    private String orderId;
    private LinkedHashMap<String, Integer> lines;
    private int version;
    private int ignored;

    public void apply(Event event) {
        version++;
        if (event instanceof CartCreated created) {
            cartId = created.cartId();
            orderId = null;
            lines = new LinkedHashMap<>();
        } else if (event instanceof ItemAdded added) {
            if (lines == null) {
                ignored++;
                return;
            }
            lines.merge(added.sku(), added.quantity(), Integer::sum);
        } else if (event instanceof ItemRemoved removed) {
            if (lines == null || lines.remove(removed.sku()) == null) {
                ignored++;
            }
        } else if (event instanceof CheckedOut checkedOut) {
            if (lines == null) {
                ignored++;
                return;
            }
            orderId = checkedOut.orderId();
            System.out.println("  checkout " + cartId + " -> " + orderId + " with " + lines);
            lines = null;
        }
    }

    public int itemCount() {
        int n = 0;
        if (lines != null) {
            for (int q : lines.values()) {
                n += q;
            }
        }
        return n;
    }

    public static X19CartAggregate replay(List<? extends Event> events) {
        X19CartAggregate cart = new X19CartAggregate();
        events.forEach(cart::apply);
        return cart;
    }

    @Override
    public String toString() {
        return "Cart{" + cartId + " v" + version + " items=" + itemCount() + " ignored=" + ignored
                + (orderId == null ? "" : " order=" + orderId) + "}";
    }

    public static void main(String[] args) {
        System.out.println(replay(List.of()));
        System.out.println(replay(List.of(new ItemAdded("sku-1", 2), new ItemRemoved("sku-1"),
                new CheckedOut("o-0"))));
        System.out.println(replay(List.of(new CartCreated("c-1"), new ItemAdded("sku-1", 2),
                new ItemAdded("sku-2", 1), new ItemAdded("sku-1", 1), new ItemRemoved("sku-9"))));
        System.out.println(replay(List.of(new CartCreated("c-2"), new ItemAdded("sku-3", 4),
                new CheckedOut("o-7"), new ItemAdded("sku-4", 1), new CheckedOut("o-8"))));
    }
}
