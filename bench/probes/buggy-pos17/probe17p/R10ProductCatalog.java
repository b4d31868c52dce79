package probe17p;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A serialisable catalog whose transient SKU index is not rebuilt after deserialisation. */
public class R10ProductCatalog implements Serializable {

    private static final long serialVersionUID = 1L;

    record Product(String sku, String title, long priceCents) implements Serializable {
    }

    private final List<Product> products = new ArrayList<>();
    private transient Map<String, Product> bySku = new HashMap<>();

    public void add(Product p) {
        products.add(p);
        bySku.put(p.sku(), p); // BUG
    }

    public Product find(String sku) {
        return bySku.get(sku); // BUG
    }

    public long totalValueCents() {
        long sum = 0;
        for (Product p : products) {
            sum += p.priceCents();
        }
        return sum;
    }

    static byte[] save(R10ProductCatalog c) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        return bytes.toByteArray();
    }

    static R10ProductCatalog restore(byte[] data) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (R10ProductCatalog) in.readObject();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R10ProductCatalog.java:" + line;
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
        if (top != null && "R10ProductCatalog.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) throws Exception {
        R10ProductCatalog catalog = new R10ProductCatalog();
        catalog.add(new Product("SKU-1", "Kettle", 2999));
        catalog.add(new Product("SKU-2", "Toaster", 4599));
        System.out.println("found " + catalog.find("SKU-2"));
        byte[] snapshot = save(catalog);

        prove(26, () -> {
            R10ProductCatalog copy = restore(snapshot);
            copy.add(new Product("SKU-3", "Blender", 7999));
        });
        prove(30, () -> {
            R10ProductCatalog copy = restore(snapshot);
            System.out.println("restored value " + copy.totalValueCents());
            System.out.println(copy.find("SKU-1"));
        });
    }
}
