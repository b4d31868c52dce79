package probe17p;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Shipping zones per region; the table loader returns null for regions it does not know. */
public class R12ShippingZones {

    private final String region;
    private final NavigableMap<String, Integer> zoneByPrefix;

    public R12ShippingZones(String region) {
        this.region = region;
        this.zoneByPrefix = loadTable(region);
    }

    private static NavigableMap<String, Integer> loadTable(String region) {
        NavigableMap<String, Integer> m = new TreeMap<>();
        switch (region) {
            case "EU" -> {
                m.put("10", 1);
                m.put("75", 2);
                m.put("80", 3);
            }
            case "US" -> {
                m.put("02", 1);
                m.put("90", 4);
            }
            default -> {
                return null; // "no table for this region"
            }
        }
        return m;
    }

    public int zoneFor(String postcode) {
        String prefix = postcode.length() >= 2 ? postcode.substring(0, 2) : postcode;
        Integer zone = zoneByPrefix.get(prefix); // BUG
        return zone == null ? 9 : zone;
    }

    public String highestPrefix() {
        Map.Entry<String, Integer> last = zoneByPrefix.lastEntry(); // BUG
        return last == null ? "-" : last.getKey();
    }

    public String describe() {
        return region + (zoneByPrefix == null ? " (no table)" : " " + zoneByPrefix);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R12ShippingZones.java:" + line;
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
        if (top != null && "R12ShippingZones.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R12ShippingZones eu = new R12ShippingZones("EU");
        System.out.println(eu.describe() + " 75011 -> zone " + eu.zoneFor("75011") + ", top " + eu.highestPrefix());

        prove(39, () -> {
            R12ShippingZones apac = new R12ShippingZones("APAC");
            System.out.println(apac.describe());
            System.out.println(apac.zoneFor("2000"));
        });
        prove(44, () -> System.out.println(new R12ShippingZones("LATAM").highestPrefix()));
    }
}
