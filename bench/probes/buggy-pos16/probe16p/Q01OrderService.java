package probe16p;

import java.util.HashMap;
import java.util.Map;

public class Q01OrderService {
    private final String region;
    private Map<String, Integer> stockBySku;
    private Map<String, Double> priceBySku;

    public Q01OrderService(String region, Map<String, Integer> initialStock) {
        this.region = region;
        this.stockBySku = new HashMap<>(initialStock);
        this.priceBySku = new HashMap<>();
    }

    public Q01OrderService(String region) {
        this.region = region;
        this.stockBySku = new HashMap<>();
    }

    public void restock(String sku, int quantity) {
        stockBySku.merge(sku, quantity, Integer::sum);
    }

    public void setPrice(String sku, double price) {
        priceBySku.put(sku, price); // BUG
    }

    public double quote(String sku, int quantity) {
        int available = stockBySku.getOrDefault(sku, 0);
        if (available < quantity) {
            throw new IllegalStateException("Insufficient stock for " + sku + " in " + region);
        }
        Double unit = priceBySku.get(sku); // BUG
        return unit == null ? 0.0 : unit * quantity;
    }

    public static void main(String[] args) {
        Q01OrderService eu = new Q01OrderService("eu", Map.of("BOOK-1", 10));
        eu.setPrice("BOOK-1", 12.5);
        System.out.println("eu quote = " + eu.quote("BOOK-1", 2));

        prove("setPrice on region-only service", () -> {
            Q01OrderService us = new Q01OrderService("us");
            us.restock("PEN-7", 100);
            us.setPrice("PEN-7", 1.25);
        });
        prove("quote on region-only service", () -> {
            Q01OrderService apac = new Q01OrderService("apac");
            apac.restock("MUG-3", 4);
            apac.quote("MUG-3", 2);
        });
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
