package probe19b;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Freight quotes from several carriers; all-inclusive carriers do not itemise surcharges. */
public class Y06FreightQuote {

    record Quote(String carrier, BigDecimal base, Map<String, BigDecimal> surcharges) {
        static Quote of(String carrier, BigDecimal base, Map<String, BigDecimal> surcharges) {
            return new Quote(carrier, base, Map.copyOf(surcharges));
        }

        /** Carriers that quote one all-inclusive price. */
        static Quote allInclusive(String carrier, BigDecimal base) {
            return new Quote(carrier, base, null);
        }

        boolean itemized() {
            return surcharges != null;
        }
    }

    static BigDecimal total(Quote q) {
        BigDecimal sum = q.base();
        for (BigDecimal s : q.surcharges().values()) { // BUG
            sum = sum.add(s);
        }
        return sum;
    }

    static String fuelLine(Quote q) {
        if (!q.itemized()) {
            return q.carrier() + ": fuel included";
        }
        return q.carrier() + ": fuel " + q.surcharges().getOrDefault("FUEL", BigDecimal.ZERO);
    }

    /** Carriers that list a HAZMAT surcharge accept dangerous goods. */
    static boolean acceptsHazmat(Quote q) {
        return q.surcharges().containsKey("HAZMAT"); // BUG
    }

    static Quote cheapest(List<Quote> quotes) {
        return quotes.stream().min(Comparator.comparing(Y06FreightQuote::total)).orElseThrow();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y06FreightQuote.java:" + line;
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
        if (top != null && "Y06FreightQuote.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Quote dhl = Quote.of("DHL", new BigDecimal("120.00"),
                Map.of("FUEL", new BigDecimal("14.50"), "HAZMAT", new BigDecimal("30.00")));
        Quote ups = Quote.of("UPS", new BigDecimal("131.00"), Map.of("FUEL", new BigDecimal("9.90")));
        Quote local = Quote.allInclusive("CityCourier", new BigDecimal("150.00"));
        System.out.println(cheapest(List.of(dhl, ups)).carrier() + " " + fuelLine(dhl) + " " + fuelLine(local)
                + " hazmat=" + acceptsHazmat(dhl));

        prove(28, () -> System.out.println(cheapest(List.of(ups, local)).carrier()));
        prove(43, () -> System.out.println(acceptsHazmat(local)));
    }
}
