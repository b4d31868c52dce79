package probe25;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tax rate table loaded from a CSV resource on first use (e-commerce style).
 * load() assigns the field only as its last statement, after the whole file
 * parsed; a ParseException leaves it null, and callers catch it and return
 * before touching the map.
 */
public class B40TaxRateTable {
    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?");

    private final String source;
    private Map<String, BigDecimal> rates; // null until loaded, and after invalidate()
    private String lastError;
    private int loadAttempts;

    public B40TaxRateTable(String source) {
        this.source = source;
    }

    private void load() throws ParseException {
        loadAttempts++;
        Map<String, BigDecimal> parsed = new HashMap<>();
        int lineNo = 0;
        for (String line : source.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new ParseException("missing comma: " + line, lineNo);
            }
            String rate = line.substring(comma + 1).trim();
            if (!RATE.matcher(rate).matches()) {
                throw new ParseException("bad rate: " + rate, lineNo);
            }
            parsed.put(line.substring(0, comma).trim().toUpperCase(Locale.ROOT), new BigDecimal(rate));
        }
        rates = parsed;
    }

    public Optional<BigDecimal> rateFor(String region) {
        if (rates == null) {
            try {
                load();
            } catch (ParseException e) {
                lastError = e.getMessage() + " (line " + e.getErrorOffset() + ")";
                return Optional.empty();
            }
        }
        return Optional.ofNullable(rates.get(region.toUpperCase(Locale.ROOT)));
    }

    public BigDecimal taxFor(String region, BigDecimal net) {
        return rateFor(region).map(r -> net.multiply(r).setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
    }

    public SortedSet<String> regions() {
        if (!isLoaded()) {
            try {
                load();
            } catch (ParseException e) {
                lastError = e.getMessage();
                return Collections.emptySortedSet();
            }
        }
        return new TreeSet<>(rates.keySet());
    }

    public final boolean isLoaded() {
        return rates != null;
    }

    public void invalidate() {
        rates = null;
    }

    public String status() {
        return "loaded=" + isLoaded() + " attempts=" + loadAttempts + " lastError=" + lastError;
    }

    public static void main(String[] args) {
        B40TaxRateTable good = new B40TaxRateTable("# region,rate\nDE,0.19\nfr, 0.20\n\nNO,0.25");
        System.out.println(good.isLoaded() + " " + good.rateFor("de") + " " + good.taxFor("FR", new BigDecimal("99.99"))
                + " " + good.taxFor("US", BigDecimal.TEN) + " " + good.regions() + " " + good.status());
        good.invalidate();
        System.out.println(good.isLoaded() + " " + good.regions() + " " + good.status());
        good.invalidate();
        System.out.println(good.taxFor("NO", new BigDecimal("200")) + " " + good.status());
        B40TaxRateTable bad = new B40TaxRateTable("DE,0.19\nFR;0.20");
        System.out.println(bad.rateFor("DE") + " " + bad.regions() + " " + bad.taxFor("DE", BigDecimal.ONE) + " " + bad.status());
        B40TaxRateTable badRate = new B40TaxRateTable("DE,nineteen");
        System.out.println(badRate.rateFor("DE") + " " + badRate.status());
    }
}
