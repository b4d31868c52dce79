package probe16p;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Q13ShoppingCart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String customerId;
    private final List<String> lineItems = new ArrayList<>();
    private transient Map<String, Integer> quantityBySku = new HashMap<>();

    public Q13ShoppingCart(String customerId) {
        this.customerId = customerId;
    }

    public void add(String sku) {
        lineItems.add(sku);
        quantityBySku.merge(sku, 1, Integer::sum); // BUG
    }

    public int quantityOf(String sku) {
        return quantityBySku.getOrDefault(sku, 0); // BUG
    }

    public int lineCount() {
        return lineItems.size();
    }

    static byte[] freeze(Q13ShoppingCart cart) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cart);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Q13ShoppingCart thaw(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (Q13ShoppingCart) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        Q13ShoppingCart cart = new Q13ShoppingCart("cust-42");
        cart.add("SKU-1");
        cart.add("SKU-1");
        System.out.println(cart.customerId + " qty = " + cart.quantityOf("SKU-1"));

        Q13ShoppingCart restored = thaw(freeze(cart));
        System.out.println("restored lines = " + restored.lineCount());
        prove("quantity after session restore", () -> restored.quantityOf("SKU-1"));
        prove("add after session restore", () -> restored.add("SKU-2"));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
