package probe19b;

import java.util.EnumMap;

/** Formats amounts in minor units. Only symbol-printing styles carry a symbol table. */
public class Y11MoneyFormatter {

    /** ISO_CODE was added after the others, between SYMBOL and ACCOUNTING. */
    enum Style { PLAIN, SYMBOL, ISO_CODE, ACCOUNTING }

    enum Ccy { EUR, USD, GBP, JPY }

    private final Style style;
    private final EnumMap<Ccy, String> symbols;
    private final EnumMap<Ccy, Integer> decimals = new EnumMap<>(Ccy.class);

    Y11MoneyFormatter(Style style) {
        this.style = style;
        for (Ccy c : Ccy.values()) {
            decimals.put(c, c == Ccy.JPY ? 0 : 2);
        }
        if (style == Style.SYMBOL || style == Style.ACCOUNTING) {
            symbols = new EnumMap<>(Ccy.class);
            symbols.put(Ccy.EUR, "\u20ac");
            symbols.put(Ccy.USD, "$");
            symbols.put(Ccy.GBP, "\u00a3");
            symbols.put(Ccy.JPY, "\u00a5");
        } else {
            symbols = null;
        }
    }

    private String amount(Ccy c, long minor) {
        int d = decimals.get(c);
        if (d == 0) {
            return Long.toString(minor);
        }
        long unit = (long) Math.pow(10, d);
        return (minor / unit) + "." + String.format("%0" + d + "d", minor % unit);
    }

    String format(Ccy c, long minor) {
        String amount = amount(c, Math.abs(minor));
        switch (style) {
            case PLAIN:
                return (minor < 0 ? "-" : "") + amount;
            case ISO_CODE:
                return c.name() + " " + (minor < 0 ? "-" : "") + amount;
            case SYMBOL:
                return (minor < 0 ? "-" : "") + symbols.get(c) + amount;
            case ACCOUNTING:
                return minor < 0 ? "(" + symbols.get(c) + amount + ")" : symbols.get(c) + amount;
            default:
                throw new AssertionError(style);
        }
    }

    /** Column header in exported reports. */
    String header(Ccy c) {
        return switch (style) {
            case PLAIN -> "Amount";
            case ISO_CODE -> "Amount (" + c.name() + ")";
            default -> "Amount (" + symbols.get(c) + ")";
        };
    }

    /** Short prefix for the compact dashboard tiles. */
    String prefix(Ccy c) {
        return switch (style) {
            case PLAIN -> "";
            default -> symbols.getOrDefault(c, c.name()); // BUG
        };
    }

    /** "$" is ambiguous (USD, CAD, AUD...), so the UI adds a tooltip for it. */
    boolean needsTooltip(Ccy c) {
        if (style.compareTo(Style.SYMBOL) < 0) {
            return false; // PLAIN prints no symbol
        }
        return "$".equals(symbols.get(c)); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y11MoneyFormatter.java:" + line;
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
        if (top != null && "Y11MoneyFormatter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        for (Style s : Style.values()) {
            Y11MoneyFormatter f = new Y11MoneyFormatter(s);
            System.out.println(s + ": " + f.format(Ccy.EUR, -123456) + " | " + f.format(Ccy.JPY, 990)
                    + " | " + f.header(Ccy.USD));
        }
        Y11MoneyFormatter acc = new Y11MoneyFormatter(Style.ACCOUNTING);
        System.out.println(acc.prefix(Ccy.GBP) + " " + acc.needsTooltip(Ccy.USD) + " "
                + new Y11MoneyFormatter(Style.PLAIN).needsTooltip(Ccy.USD)
                + " [" + new Y11MoneyFormatter(Style.PLAIN).prefix(Ccy.USD) + "]");

        prove(71, () -> System.out.println(new Y11MoneyFormatter(Style.ISO_CODE).prefix(Ccy.EUR)));
        prove(80, () -> System.out.println(new Y11MoneyFormatter(Style.ISO_CODE).needsTooltip(Ccy.USD)));
    }
}
