package probe20b;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Currency symbols and USD rates. Symbols are built in a static initialiser;
 * rates come from the treasury feed via {@link #loadRates()}.
 */
public final class A08CurrencyTable {

    private static final String FILE = "A08CurrencyTable.java";

    private static final Map<String, String> SYMBOLS = new HashMap<>();
    private static Map<String, BigDecimal> rates;

    static {
        SYMBOLS.put("EUR", "\u20ac");
        SYMBOLS.put("GBP", "\u00a3");
        SYMBOLS.put("JPY", "\u00a5");
        SYMBOLS.put("USD", "$");
    }

    private A08CurrencyTable() {
    }

    /** Loads the rates published by the treasury feed. */
    public static void loadRates() {
        Map<String, BigDecimal> fresh = new HashMap<>();
        fresh.put("EUR", new BigDecimal("1.08"));
        fresh.put("GBP", new BigDecimal("1.27"));
        fresh.put("USD", BigDecimal.ONE);
        rates = fresh;
    }

    /** Drops the rates when the feed reports them stale. */
    public static void invalidateRates() {
        rates = null;
    }

    public static String symbol(String code) {
        return SYMBOLS.getOrDefault(code, code);
    }

    public static boolean isConvertible(String code) {
        return rates != null && rates.containsKey(code);
    }

    public static BigDecimal toUsd(String code, BigDecimal amount) {
        if (!isConvertible(code)) {
            throw new IllegalArgumentException("no rate for " + code);
        }
        return amount.multiply(rates.get(code));
    }

    /** Rate used by the price preview, which tolerates unknown codes. */
    public static BigDecimal previewRate(String code) {
        return rates.getOrDefault(code, BigDecimal.ONE); // BUG
    }

    /** Codes offered in the checkout drop-down: known symbol and a rate. */
    public static List<String> offeredCodes() {
        List<String> out = new ArrayList<>(SYMBOLS.keySet());
        out.retainAll(rates.keySet()); // BUG
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) {
        assert symbol("EUR").equals("\u20ac");
        assert !isConvertible("EUR");
        loadRates();
        assert toUsd("EUR", BigDecimal.TEN).compareTo(new BigDecimal("10.8")) == 0;
        assert previewRate("CHF").equals(BigDecimal.ONE);
        assert offeredCodes().equals(List.of("EUR", "GBP", "USD"));
        invalidateRates();
        assert !isConvertible("EUR");

        prove(62, () -> {
            invalidateRates();
            previewRate("EUR");
        });
        prove(68, () -> {
            invalidateRates();
            offeredCodes();
        });
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
