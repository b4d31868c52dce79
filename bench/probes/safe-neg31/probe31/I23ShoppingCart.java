package probe31;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Session-replicated shopping cart. Only the append-only line log is serialized; the quantity
 * index is transient (null right after defaultReadObject) and is rebuilt in readObject.
 */
public final class I23ShoppingCart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> lineLog = new ArrayList<>(); // "sku:qty" entries
    private transient HashMap<String, Integer> quantities = new HashMap<>();

    public void add(String sku, int qty) {
        if (sku == null || qty == 0) {
            throw new IllegalArgumentException("need a sku and a non-zero quantity");
        }
        lineLog.add(sku + ":" + qty);
        quantities.merge(sku, qty, Integer::sum);
    }

    public int quantity(String sku) {
        return quantities.getOrDefault(sku, 0);
    }

    public int distinctItems() {
        return (int) quantities.values().stream().filter(q -> q > 0).count();
    }

    public int lineCount() {
        return lineLog.size();
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        }
        return bytes.toByteArray();
    }

    public static I23ShoppingCart fromBytes(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (I23ShoppingCart) in.readObject();
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        HashMap<String, Integer> rebuilt = new HashMap<>();
        for (String line : lineLog) {
            int colon = line.lastIndexOf(':');
            rebuilt.merge(line.substring(0, colon), Integer.parseInt(line.substring(colon + 1)), Integer::sum);
        }
        quantities = rebuilt;
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        I23ShoppingCart cart = new I23ShoppingCart();
        if (cart.quantity("apple") != 0 || cart.distinctItems() != 0) throw new AssertionError("empty");
        cart.add("apple", 3);
        cart.add("pear", 1);
        cart.add("apple", -1);
        cart.add("pear", -1);
        cart.add("sku:with:colons", 2);
        try {
            cart.add("plum", 0);
            throw new AssertionError("zero quantity");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        I23ShoppingCart copy = fromBytes(cart.toBytes());
        if (copy.quantity("apple") != 2 || copy.quantity("pear") != 0 || copy.quantity("sku:with:colons") != 2) {
            throw new AssertionError("rebuilt index");
        }
        if (copy.distinctItems() != 2 || copy.lineCount() != 5) throw new AssertionError("distinct");
        copy.add("kiwi", 4); // the deserialized cart keeps working
        I23ShoppingCart again = fromBytes(copy.toBytes());
        System.out.println("I23 kiwi=" + again.quantity("kiwi") + " distinct=" + again.distinctItems() + " lines=" + again.lineCount());
    }
}
