package probe17p;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Currency rates loaded lazily through rates(); two methods bypass the lazy getter. */
public class R05CurrencyRates {

    private Map<String, Double> rates;
    private int loads;

    private Map<String, Double> rates() {
        if (rates == null) {
            rates = new HashMap<>();
            rates.put("EUR", 1.0);
            rates.put("USD", 1.08);
            rates.put("GBP", 0.86);
            loads++;
        }
        return rates;
    }

    public double convert(double amountEur, String ccy) {
        Double r = rates().get(ccy);
        if (r == null) {
            throw new IllegalArgumentException("unknown currency " + ccy);
        }
        return amountEur * r;
    }

    public boolean supports(String ccy) {
        return rates().containsKey(ccy);
    }

    public void override(String ccy, double rate) {
        rates.put(ccy, rate); // BUG
    }

    /** Forces a reload on next access. */
    public void refresh() {
        rates = null;
    }

    public Set<String> currencies() {
        return new TreeSet<>(rates.keySet()); // BUG
    }

    public int loadCount() {
        return loads;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R05CurrencyRates.java:" + line;
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
        if (top != null && "R05CurrencyRates.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R05CurrencyRates fx = new R05CurrencyRates();
        System.out.println("100 EUR = " + fx.convert(100, "USD") + " USD; CHF? " + fx.supports("CHF"));
        fx.override("CHF", 0.95);
        System.out.println(fx.currencies() + " loads=" + fx.loadCount());

        prove(38, () -> {
            R05CurrencyRates fresh = new R05CurrencyRates();
            fresh.override("JPY", 162.0); // first call on a new instance
        });
        prove(47, () -> {
            R05CurrencyRates fx2 = new R05CurrencyRates();
            fx2.convert(1, "GBP");
            fx2.refresh();
            System.out.println(fx2.currencies());
        });
    }
}
