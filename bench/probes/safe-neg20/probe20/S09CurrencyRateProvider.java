package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class S09CurrencyRateProvider {
    private Map<String, Double> rates;
    private int loads;

    private synchronized Map<String, Double> rates() {
        if (rates == null) {
            loads++;
            Map<String, Double> m = new HashMap<>();
            m.put("USD", 1.0);
            m.put("EUR", 0.92);
            m.put("GBP", 0.79);
            m.put("JPY", 151.3);
            rates = m;
        }
        return rates;
    }

    public double convert(double amount, String from, String to) {
        Map<String, Double> r = rates();
        Double f = r.get(from);
        Double t = r.get(to);
        if (f == null || t == null) {
            throw new IllegalArgumentException("unknown currency " + from + "/" + to);
        }
        return amount / f * t;
    }

    public synchronized void refresh() {
        rates = null;
    }

    public synchronized boolean isLoaded() {
        return rates != null;
    }

    public synchronized int loadCount() {
        return loads;
    }

    public static void main(String[] args) throws Exception {
        S09CurrencyRateProvider p = new S09CurrencyRateProvider();
        System.out.println("loaded: " + p.isLoaded());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] fs = new Future<?>[8];
            for (int i = 0; i < fs.length; i++) {
                final int k = i;
                fs[i] = pool.submit(() -> {
                    if (k % 3 == 0) {
                        p.refresh();
                    }
                    return p.convert(100, "USD", "EUR");
                });
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("100 GBP in JPY: %.2f%n", p.convert(100, "GBP", "JPY"));
        p.refresh();
        System.out.println("loaded after refresh: " + p.isLoaded());
        try {
            p.convert(1, "USD", "XXX");
        } catch (IllegalArgumentException e) {
            System.out.println("expected: " + e.getMessage());
        }
        System.out.println("loads >= 2: " + (p.loadCount() >= 2));
    }
}
