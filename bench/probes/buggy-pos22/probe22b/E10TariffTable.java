package probe22b;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Telecom billing: per-country tariffs loaded from a config file at start-up. */
public class E10TariffTable {

    private static final String FILE = "E10TariffTable.java";

    private TreeMap<String, Long> ratesByCountry;
    private final Map<String, Long> surcharges = new HashMap<>();
    private String lastError;

    /** Parses lines like "DE=12" (cents per minute). A malformed line aborts the load. */
    public void load(List<String> lines) {
        TreeMap<String, Long> parsed = new TreeMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String country = line.substring(0, eq).trim();
            parsed.put(country, Long.parseLong(line.substring(eq + 1).trim()));
        }
        ratesByCountry = parsed;
    }

    /** Start-up path: a broken tariff file is logged, the service keeps running. */
    public boolean tryLoad(List<String> lines) {
        try {
            load(lines);
            lastError = null;
            return true;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            lastError = "tariffs not loaded: " + e.getMessage();
            return false;
        }
    }

    public void addSurcharge(String country, long cents) {
        surcharges.merge(country, cents, Long::sum);
    }

    public long charge(String country, int minutes) {
        Long rate = ratesByCountry.get(country); // BUG
        if (rate == null) {
            throw new IllegalArgumentException("no tariff for " + country);
        }
        return rate * minutes + surcharges.getOrDefault(country, 0L);
    }

    public String cheapestCountry() {
        if (ratesByCountry == null || ratesByCountry.isEmpty()) {
            return null;
        }
        String best = ratesByCountry.firstKey();
        for (Map.Entry<String, Long> e : ratesByCountry.entrySet()) {
            if (e.getValue() < ratesByCountry.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Used by the tariff admin page to list e.g. all "U*" countries. */
    public SortedMap<String, Long> ratesFrom(String prefix) {
        return ratesByCountry.tailMap(prefix); // BUG
    }

    public String lastError() {
        return lastError;
    }

    public static void main(String[] args) {
        E10TariffTable table = new E10TariffTable();
        assert table.cheapestCountry() == null;
        assert table.tryLoad(List.of("DE=12", "FR = 9", "US=15"));
        table.addSurcharge("US", 30);
        assert table.charge("US", 2) == 60 && table.charge("DE", 1) == 12;
        assert "FR".equals(table.cheapestCountry()) && table.ratesFrom("F").size() == 2;
        assert !table.tryLoad(List.of("DE=x")) && table.lastError().startsWith("tariffs");
        assert table.charge("FR", 1) == 9;

        E10TariffTable broken = new E10TariffTable();
        assert !broken.tryLoad(List.of("DE=12", "garbage line")) && broken.cheapestCountry() == null;

        prove(46, () -> broken.charge("DE", 3));
        prove(68, () -> broken.ratesFrom("D"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
