package probe29;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Currency converter backed by a lazily fetched, invalidatable rate table. */
public class K22ExchangeRates {

    private final Supplier<Map<String, Double>> feed;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile ConcurrentMap<String, Double> rates;

    public K22ExchangeRates(Supplier<Map<String, Double>> feed) {
        this.feed = feed;
    }

    private ConcurrentMap<String, Double> rates() {
        ConcurrentMap<String, Double> r = rates;
        if (r == null) {
            synchronized (this) {
                r = rates;
                if (r == null) {
                    r = new ConcurrentHashMap<>(feed.get());
                    fetches.incrementAndGet();
                    rates = r;
                }
            }
        }
        return r;
    }

    public double convert(double amount, String from, String to) {
        ConcurrentMap<String, Double> r = rates();
        Double f = r.get(from);
        Double t = r.get(to);
        if (f == null || t == null) {
            throw new IllegalArgumentException("unsupported currency " + (f == null ? from : to));
        }
        return amount / f * t;
    }

    public boolean supports(String currency) {
        return rates().containsKey(currency);
    }

    public void override(String currency, double perUsd) {
        rates().put(currency, perUsd);
    }

    public void invalidate() {
        rates = null;
    }

    public boolean isCached() {
        return rates != null;
    }

    public int fetches() {
        return fetches.get();
    }

    public static void main(String[] args) throws InterruptedException {
        K22ExchangeRates fx = new K22ExchangeRates(() -> Map.of("USD", 1.0, "EUR", 0.5, "JPY", 100.0));
        System.out.println("cached=" + fx.isCached() + " fetches=" + fx.fetches());
        Thread[] ts = new Thread[4];
        double[] results = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> results[k] = fx.convert(10 * (k + 1), "USD", "EUR"));
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.printf("%.1f %.1f %.1f %.1f fetches=%d%n", results[0], results[1], results[2], results[3],
                fx.fetches());
        System.out.println("JPY->EUR " + fx.convert(1000, "JPY", "EUR") + " supports GBP=" + fx.supports("GBP"));
        try {
            fx.convert(1, "GBP", "USD");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        fx.override("GBP", 0.25);
        System.out.println("GBP->USD " + fx.convert(1, "GBP", "USD"));
        fx.invalidate();
        System.out.println("cached=" + fx.isCached() + " supports GBP=" + fx.supports("GBP") + " fetches="
                + fx.fetches());
        fx.invalidate();
        fx.override("CHF", 0.9);
        System.out.println("CHF ok=" + fx.supports("CHF") + " fetches=" + fx.fetches());
    }
}
