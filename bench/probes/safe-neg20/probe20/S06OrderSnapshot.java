package probe20;

import java.util.Map;
import java.util.TreeMap;

public class S06OrderSnapshot {
    private final String orderId;
    private TreeMap<String, Integer> lineItems;
    private Map<String, String> attributes;

    public S06OrderSnapshot(String orderId) {
        this.orderId = orderId;
    }

    public S06OrderSnapshot(S06OrderSnapshot other) {
        this.orderId = other.orderId;
        if (other.lineItems != null) {
            this.lineItems = new TreeMap<>(other.lineItems);
        }
        this.attributes = other.attributes == null ? null : new TreeMap<>(other.attributes);
    }

    public void addItem(String sku, int qty) {
        if (lineItems == null) {
            lineItems = new TreeMap<>();
        }
        lineItems.merge(sku, qty, Integer::sum);
    }

    public void setAttribute(String key, String value) {
        if (attributes == null) {
            attributes = new TreeMap<>();
        }
        attributes.put(key, value);
    }

    public void clearAttributes() {
        attributes = null;
    }

    public int totalUnits() {
        if (lineItems == null) {
            return 0;
        }
        int sum = 0;
        for (int q : lineItems.values()) {
            sum += q;
        }
        return sum;
    }

    @Override
    public String toString() {
        String items = lineItems == null ? "{}" : lineItems.toString();
        String attrs = attributes == null ? "{}" : attributes.toString();
        return orderId + " items=" + items + " attrs=" + attrs;
    }

    public static void main(String[] args) {
        S06OrderSnapshot empty = new S06OrderSnapshot("ORD-1");
        S06OrderSnapshot emptyCopy = new S06OrderSnapshot(empty);
        System.out.println(emptyCopy + " units=" + emptyCopy.totalUnits());

        S06OrderSnapshot order = new S06OrderSnapshot("ORD-2");
        order.addItem("SKU-9", 2);
        order.addItem("SKU-3", 1);
        order.addItem("SKU-9", 4);
        order.setAttribute("channel", "web");
        S06OrderSnapshot copy = new S06OrderSnapshot(order);
        order.addItem("SKU-1", 10);
        order.clearAttributes();
        System.out.println(order + " units=" + order.totalUnits());
        System.out.println(copy + " units=" + copy.totalUnits());
        S06OrderSnapshot copy2 = new S06OrderSnapshot(order);
        copy2.setAttribute("gift", "yes");
        System.out.println(copy2);
    }
}
