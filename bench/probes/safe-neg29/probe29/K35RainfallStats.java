package probe29;

import java.time.Month;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Monthly rainfall statistics read from a CSV feed that may be unusable. */
public class K35RainfallStats {

    private final String feed;
    private EnumMap<Month, Double> rainfall;
    private String lastError = "";

    public K35RainfallStats(String feed) {
        this.feed = feed;
    }

    /** Parses the feed on first use; returns whether data is available. */
    private boolean ensureLoaded() {
        if (rainfall != null) {
            return true;
        }
        EnumMap<Month, Double> parsed = new EnumMap<>(Month.class);
        for (String line : feed.split(";")) {
            String[] kv = line.split(":");
            if (kv.length != 2 || !kv[1].trim().matches("\\d+(\\.\\d+)?")) {
                lastError = "bad record '" + line + "'";
                return false;
            }
            Month m = monthNamed(kv[0].trim());
            if (m == null) {
                lastError = "unknown month '" + kv[0] + "'";
                return false;
            }
            parsed.put(m, Double.valueOf(kv[1].trim()));
        }
        rainfall = parsed;
        return true;
    }

    private static Month monthNamed(String name) {
        for (Month m : Month.values()) {
            if (m.name().equals(name.toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    public double annualTotal() {
        if (!ensureLoaded()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : rainfall.values()) {
            sum += v;
        }
        return sum;
    }

    public Month wettest() {
        if (!ensureLoaded() || rainfall.isEmpty()) {
            return null;
        }
        Month best = null;
        for (Map.Entry<Month, Double> e : rainfall.entrySet()) {
            if (best == null || e.getValue() > rainfall.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    public double of(Month m) {
        return ensureLoaded() ? rainfall.getOrDefault(m, 0.0) : Double.NaN;
    }

    public String status() {
        return rainfall != null ? "loaded " + rainfall.size() + " months" : "not loaded " + lastError;
    }

    public static void main(String[] args) {
        K35RainfallStats good = new K35RainfallStats("january:80.5;february:60;july:12.5;november:110");
        System.out.println(good.status());
        System.out.println("total=" + good.annualTotal() + " wettest=" + good.wettest() + " jul="
                + good.of(Month.JULY) + " aug=" + good.of(Month.AUGUST) + " " + good.status());
        K35RainfallStats broken = new K35RainfallStats("january:80;febtober:12");
        System.out.println("total=" + broken.annualTotal() + " wettest=" + broken.wettest() + " jan="
                + broken.of(Month.JANUARY) + " " + broken.status());
        K35RainfallStats junk = new K35RainfallStats("march:lots");
        System.out.println("total=" + junk.annualTotal() + " " + junk.status());
    }
}
