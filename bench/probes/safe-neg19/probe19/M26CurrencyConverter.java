package probe19;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Immutable-rate currency converter built through static factories, with a memo of pair rates. */
public final class M26CurrencyConverter {
    private final Map<String, BigDecimal> ratesToUsd;
    private Map<String, BigDecimal> pairMemo;

    private M26CurrencyConverter(Map<String, BigDecimal> ratesToUsd) {
        this.ratesToUsd = Objects.requireNonNull(ratesToUsd, "ratesToUsd");
    }

    public static M26CurrencyConverter usdOnly() {
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put("USD", BigDecimal.ONE);
        return new M26CurrencyConverter(rates);
    }

    public static M26CurrencyConverter ofRates(Map<String, BigDecimal> rates) {
        Map<String, BigDecimal> copy = new HashMap<>(rates);
        copy.putIfAbsent("USD", BigDecimal.ONE);
        return new M26CurrencyConverter(copy);
    }

    public static M26CurrencyConverter parse(String spec) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                try {
                    rates.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
                } catch (NumberFormatException ignored) {
                    // skip malformed rate
                }
            }
        }
        return ofRates(rates);
    }

    public M26CurrencyConverter withRate(String currency, BigDecimal toUsd) {
        Map<String, BigDecimal> copy = new HashMap<>(ratesToUsd);
        copy.put(currency, toUsd);
        return new M26CurrencyConverter(copy);
    }

    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        BigDecimal fromRate = ratesToUsd.get(from);
        BigDecimal toRate = ratesToUsd.get(to);
        if (fromRate == null || toRate == null || toRate.signum() == 0) {
            return Optional.empty();
        }
        pairMemo = Objects.requireNonNullElseGet(pairMemo, HashMap::new);
        BigDecimal pairRate = pairMemo.computeIfAbsent(from + "/" + to,
                k -> fromRate.divide(toRate, 8, RoundingMode.HALF_EVEN));
        return Optional.of(amount.multiply(pairRate).setScale(2, RoundingMode.HALF_EVEN));
    }

    public int memoSize() {
        return pairMemo == null ? 0 : pairMemo.size();
    }

    public void clearMemo() {
        pairMemo = null;
    }

    public static void main(String[] args) {
        M26CurrencyConverter usd = M26CurrencyConverter.usdOnly();
        System.out.println(usd.convert(BigDecimal.TEN, "USD", "EUR") + " " + usd.memoSize());
        M26CurrencyConverter fx = M26CurrencyConverter.parse("EUR=1.08; GBP=1.27; JPY=oops; broken");
        System.out.println(fx.convert(new BigDecimal("100"), "EUR", "GBP").orElseThrow() + " " + fx.memoSize());
        fx.clearMemo();
        fx.clearMemo();
        System.out.println(fx.convert(new BigDecimal("5"), "GBP", "USD").orElseThrow() + " " + fx.memoSize());
        M26CurrencyConverter zero = fx.withRate("XXX", BigDecimal.ZERO);
        System.out.println(zero.convert(BigDecimal.ONE, "EUR", "XXX") + " " + zero.memoSize());
        System.out.println(M26CurrencyConverter.ofRates(Map.of("CHF", new BigDecimal("1.1")))
                .convert(BigDecimal.ONE, "CHF", "USD").orElseThrow());
    }
}
