package probe17p;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tariffs parsed from config lines; a line without rates yields a record holding a null map. */
public class R14TariffTable {

    record Tariff(String name, Map<String, Double> ratesByZone) {
        double rate(String zone) {
            Double r = ratesByZone.get(zone); // BUG
            return r == null ? 0.0 : r;
        }
    }

    /** Parses "name: zoneA=0.10, zoneB=0.25"; a bare "name" means "flat tariff, rates TBD". */
    static Tariff parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return new Tariff(line.trim(), null);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String part : line.substring(colon + 1).split(",")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                rates.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
        }
        return new Tariff(line.substring(0, colon).trim(), rates);
    }

    static String describe(Tariff t) {
        StringBuilder sb = new StringBuilder(t.name()).append(" [");
        for (Map.Entry<String, Double> e : t.ratesByZone().entrySet()) { // BUG
            sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        return sb.append(']').toString();
    }

    static double cost(Tariff t, String zone, double units) {
        return units * t.rate(zone);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R14TariffTable.java:" + line;
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
        if (top != null && "R14TariffTable.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Tariff standard = parse("standard: A=0.10, B=0.25");
        System.out.println(describe(standard) + " cost=" + cost(standard, "B", 40));

        prove(11, () -> {
            Tariff flat = parse("flat");
            System.out.println(cost(flat, "A", 12));
        });
        prove(34, () -> System.out.println(describe(parse("promo-2024"))));
    }
}
