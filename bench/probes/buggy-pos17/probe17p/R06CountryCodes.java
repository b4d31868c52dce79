package probe17p;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country code tables built in static initialisers. Both nested tables read a static
 * map that is declared (and therefore assigned) textually after the code that uses it.
 */
public class R06CountryCodes {

    static final class CodeTable {
        private static final Map<String, String> ISO2_TO_NAME = load();
        private static Map<String, String> aliases = new HashMap<>();

        private static Map<String, String> load() {
            Map<String, String> m = new HashMap<>();
            m.put("DE", "Germany");
            m.put("FR", "France");
            m.put("GB", "United Kingdom");
            aliases.put("UK", "GB"); // BUG
            return m;
        }

        static String name(String code) {
            String c = code.toUpperCase(Locale.ROOT);
            String canonical = aliases.getOrDefault(c, c);
            return ISO2_TO_NAME.getOrDefault(canonical, "unknown");
        }
    }

    static final class DialCodes {
        static final String FALLBACK = pickFallback();
        static final Map<String, Integer> DIAL = new HashMap<>();

        static {
            DIAL.put("DE", 49);
            DIAL.put("US", 1);
        }

        private static String pickFallback() {
            return DIAL.containsKey("DE") ? "DE" : "US"; // BUG
        }

        static int dial(String code) {
            return DIAL.getOrDefault(code, DIAL.get(FALLBACK));
        }
    }

    static final class Currencies {
        static final Map<String, String> BY_COUNTRY = new HashMap<>();
        static final String DEFAULT;

        static {
            BY_COUNTRY.put("DE", "EUR");
            BY_COUNTRY.put("US", "USD");
            DEFAULT = BY_COUNTRY.get("US");
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R06CountryCodes.java:" + line;
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
        if (top != null && "R06CountryCodes.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        System.out.println("default currency: " + Currencies.DEFAULT);

        prove(22, () -> System.out.println(CodeTable.name("uk")));
        prove(43, () -> System.out.println(DialCodes.dial("FR")));
    }
}
