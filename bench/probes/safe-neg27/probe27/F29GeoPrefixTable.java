package probe27;

import java.util.HashMap;
import java.util.Map;

/**
 * Longest-prefix IP lookup table. Invariant: {@code loaded} is true exactly when {@code countryByPrefix}
 * is non-null; every assignment updates both, and readers test the flag rather than the map.
 */
public final class F29GeoPrefixTable {
    private boolean loaded;
    private Map<String, String> countryByPrefix; // non-null iff loaded
    private String source = "<none>";

    public F29GeoPrefixTable() {
        // starts unloaded: loaded == false, countryByPrefix == null
    }

    public F29GeoPrefixTable(String csv) {
        load("inline", csv);
    }

    /** Parses fully before publishing, so a parse error leaves the old state (and the invariant) intact. */
    public void load(String name, String csv) {
        Map<String, String> parsed = new HashMap<>();
        for (String line : csv.split("\n")) {
            if (line.isBlank()) continue;
            String[] cols = line.split(",");
            if (cols.length != 2) throw new IllegalArgumentException("bad line: " + line);
            parsed.put(cols[0].trim(), cols[1].trim());
        }
        countryByPrefix = parsed;
        loaded = true;
        source = name;
    }

    public void unload() {
        loaded = false;
        countryByPrefix = null;
        source = "<none>";
    }

    public String lookup(String ip) {
        if (!loaded) return "??";
        for (int len = ip.length(); len > 0; len--) {
            String country = countryByPrefix.get(ip.substring(0, len));
            if (country != null) return country;
        }
        return "--";
    }

    public int size() { return loaded ? countryByPrefix.size() : 0; }

    public boolean covers(String prefix) { return loaded && countryByPrefix.containsKey(prefix); }

    public String describe() {
        return loaded ? source + " (" + countryByPrefix.size() + " prefixes)" : "not loaded";
    }

    public static void main(String[] args) {
        F29GeoPrefixTable empty = new F29GeoPrefixTable();
        assert empty.lookup("10.0.0.1").equals("??") && empty.size() == 0 && !empty.covers("10.");
        assert empty.describe().equals("not loaded");

        F29GeoPrefixTable t = new F29GeoPrefixTable("81.2.,GB\n81.,EU\n\n8.8.,US\n");
        assert t.size() == 3 && t.covers("81.") && t.describe().equals("inline (3 prefixes)");
        assert t.lookup("81.2.69.160").equals("GB") && t.lookup("81.9.0.1").equals("EU");
        assert t.lookup("8.8.4.4").equals("US") && t.lookup("127.0.0.1").equals("--");

        boolean bad = false;
        try { t.load("broken", "1.,A,B"); } catch (IllegalArgumentException expected) { bad = true; }
        assert bad && t.size() == 3 && t.lookup("8.8.8.8").equals("US") : "failed reload keeps old table";

        t.unload();
        assert t.lookup("81.2.69.160").equals("??") && t.size() == 0 && !t.covers("81.");
        t.unload();
        t.load("geo.csv", "1.,AU");
        assert t.lookup("1.1.1.1").equals("AU") && t.describe().equals("geo.csv (1 prefixes)");
        System.out.println("F29 ok");
    }
}
