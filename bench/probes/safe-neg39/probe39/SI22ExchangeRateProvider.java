package probe39;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Currency converter that caches an immutable snapshot of an upstream rate feed. The snapshot is
 * built lazily with double-checked locking and thrown away by {@link #invalidate()} whenever the
 * feed changes. Readers only ever use the local returned by {@code rates()}, which is non-null.
 *
 * <p>This class is thread-safe: {@code rates} is volatile, it is written only while holding
 * {@code lock}, and every reader works on a local copy of the reference.
 */
public final class SI22ExchangeRateProvider {
    private final Object lock = new Object();
    private final ConcurrentHashMap<String, Double> feed = new ConcurrentHashMap<>(); // per EUR
    private volatile Map<String, Double> rates; // snapshot; null until first use, null after invalidate()
    private final AtomicInteger loads = new AtomicInteger();

    public SI22ExchangeRateProvider() {
        feed.put("EUR", 1.0);
        feed.put("USD", 1.25);
        feed.put("GBP", 0.5);
    }

    private Map<String, Double> rates() {
        Map<String, Double> current = rates;
        if (current == null) {
            synchronized (lock) {
                current = rates;
                if (current == null) {
                    current = Map.copyOf(feed);
                    loads.incrementAndGet();
                    rates = current;
                }
            }
        }
        return current;
    }

    public double convert(double amount, String from, String to) {
        requireCode(from);
        requireCode(to);
        Map<String, Double> snapshot = rates();
        Double fromRate = snapshot.get(from);
        Double toRate = snapshot.get(to);
        if (fromRate == null || toRate == null) {
            throw new IllegalArgumentException("unknown currency " + (fromRate == null ? from : to));
        }
        return amount / fromRate * toRate;
    }

    public Set<String> currencies() {
        return new TreeSet<>(rates().keySet());
    }

    public void publish(String code, double perEuro) {
        requireCode(code);
        if (!(perEuro > 0) || Double.isInfinite(perEuro)) {
            throw new IllegalArgumentException("rate must be positive and finite");
        }
        feed.put(code, perEuro);
        invalidate();
    }

    public void invalidate() {
        synchronized (lock) {
            rates = null;
        }
    }

    public boolean isCached() {
        return rates != null;
    }

    public int loads() {
        return loads.get();
    }

    private static void requireCode(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("bad currency code: " + code);
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

    public static void main(String[] args) throws Exception {
        SI22ExchangeRateProvider fx = new SI22ExchangeRateProvider();
        check(!fx.isCached() && fx.loads() == 0, "lazy");
        fx.invalidate();
        check(fx.convert(100, "USD", "GBP") == 40.0 && fx.loads() == 1, "convert");
        check(fx.convert(10, "EUR", "USD") == 12.5 && fx.loads() == 1 && fx.isCached(), "cached");
        expect(IllegalArgumentException.class, () -> fx.convert(1, "usd", "EUR"));
        expect(IllegalArgumentException.class, () -> fx.convert(1, "JPY", "EUR"));
        expect(IllegalArgumentException.class, () -> fx.publish("CHF", 0));
        expect(IllegalArgumentException.class, () -> fx.publish(null, 1));

        fx.invalidate();
        fx.invalidate();
        check(!fx.isCached() && fx.currencies().equals(Set.of("EUR", "GBP", "USD")), "reloaded");
        fx.publish("CHF", 2.0);
        check(!fx.isCached() && fx.convert(1, "EUR", "CHF") == 2.0 && fx.loads() == 3, "publish invalidates");

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    fx.convert(5, "USD", "CHF");
                    fx.currencies();
                }
            }));
        }
        futures.add(pool.submit(() -> {
            for (int i = 0; i < 2_000; i++) {
                fx.invalidate();
                fx.publish("SEK", 10 + (i % 3));
            }
        }));
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        check(pool.awaitTermination(30, TimeUnit.SECONDS), "pool terminated");
        check(fx.currencies().contains("SEK"), "SEK published");
        System.out.println("OK SI22ExchangeRateProvider");
    }
}
