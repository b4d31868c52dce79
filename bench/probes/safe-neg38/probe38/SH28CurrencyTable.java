package probe38;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Currency converter. The ISO rate table is a static field without an
 * initialiser; the static block assigns it first and only then calls the
 * private register() helper that dereferences it, so it is non-null before
 * any other code of the class can run. Each converter may also pin its own
 * rates; that per-instance map exists only while something is pinned, and
 * lookups stream over {@code (pinned, isoRates)} dropping nulls.
 * Single-threaded.
 */
public final class SH28CurrencyTable {

    private static Map<String, BigDecimal> isoRates; // value of one unit in USD; assigned in the static block

    static {
        isoRates = new HashMap<>();
        register("USD", "1.00");
        register("EUR", "1.08");
        register("GBP", "1.25");
        register("JPY", "0.0067");
    }

    private static void register(String code, String usdValue) {
        isoRates.put(code, positive(usdValue));
    }

    public static void addIsoCurrency(String code, String usdValue) {
        if (code == null || code.length() != 3) {
            throw new IllegalArgumentException("ISO code");
        }
        register(code, usdValue);
    }

    private Map<String, BigDecimal> pinned; // per-instance overrides; null unless something is pinned

    public void pin(String code, String usdValue) {
        if (code == null) {
            throw new IllegalArgumentException("code");
        }
        BigDecimal value = positive(usdValue);
        if (pinned == null) {
            pinned = new HashMap<>();
        }
        pinned.put(code, value);
    }

    public void unpinAll() {
        pinned = null;
    }

    public boolean hasPins() {
        return pinned != null;
    }

    private BigDecimal rate(String code) {
        return Stream.of(pinned, isoRates)
                .filter(Objects::nonNull)
                .map(m -> m.get(code))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown currency " + code));
    }

    public BigDecimal convert(BigDecimal amount, String from, String to) {
        if (amount == null) {
            throw new IllegalArgumentException("amount");
        }
        BigDecimal usd = amount.multiply(rate(from));
        return usd.divide(rate(to), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal positive(String value) {
        if (value == null) {
            throw new IllegalArgumentException("rate");
        }
        BigDecimal d = new BigDecimal(value); // NumberFormatException is an IllegalArgumentException
        if (d.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        return d;
    }

    public static void main(String[] args) {
        SH28CurrencyTable fx = new SH28CurrencyTable();
        // phase 1: before the instance map exists (static table already there)
        check(!fx.hasPins(), "no pins");
        check(new BigDecimal("108.00").equals(fx.convert(new BigDecimal("100"), "EUR", "USD")), "iso rate");
        expect(IllegalArgumentException.class, () -> fx.convert(BigDecimal.ONE, "XXX", "USD"));
        expect(IllegalArgumentException.class, () -> fx.pin("EUR", "-1"));
        check(!fx.hasPins(), "rejected pin allocated nothing");
        // phase 2: while it exists
        fx.pin("EUR", "1.10");
        fx.pin("BTC", "60000");
        check(new BigDecimal("110.00").equals(fx.convert(new BigDecimal("100"), "EUR", "USD")), "pinned rate");
        check(new BigDecimal("2.00").equals(fx.convert(new BigDecimal("120000"), "USD", "BTC")), "pinned-only code");
        check(new BigDecimal("125.00").equals(fx.convert(new BigDecimal("100"), "GBP", "USD")), "fallback to iso");
        // phase 3: after it is dropped (twice)
        fx.unpinAll();
        fx.unpinAll();
        check(new BigDecimal("108.00").equals(fx.convert(new BigDecimal("100"), "EUR", "USD")), "back to iso");
        expect(IllegalArgumentException.class, () -> fx.convert(BigDecimal.ONE, "BTC", "USD"));
        // phase 4: created again
        addIsoCurrency("CHF", "1.12");
        fx.pin("GBP", "1.30");
        check(new BigDecimal("130.00").equals(fx.convert(new BigDecimal("100"), "GBP", "USD")), "pinned again");
        check(new BigDecimal("112.00").equals(fx.convert(new BigDecimal("100"), "CHF", "USD")), "new iso");
        System.out.println("SH28CurrencyTable OK 100 GBP = " + fx.convert(new BigDecimal("100"), "GBP", "EUR") + " EUR");
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
