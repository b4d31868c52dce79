package probe21b;

import java.util.HashMap;
import java.util.Map;

/** Route table of the API gateway, with hit statistics per path. */
public class C08RouteTable {

    private static final String FILE = "C08RouteTable.java";

    /** Path to upstream service; {@code null} while no table is loaded. */
    private Map<String, String> routes;
    /** Hits per path; created with {@link #routes}, dropped separately by {@link #resetStatistics()}. */
    private Map<String, Integer> hits;

    void load(Map<String, String> table) {
        routes = new HashMap<>(table);
        hits = new HashMap<>();
    }

    /** Drops the statistics; routing continues. */
    void resetStatistics() {
        hits = null;
    }

    /** Turns statistics back on for a loaded table. */
    void enableStatistics() {
        if (routes != null && hits == null) {
            hits = new HashMap<>();
        }
    }

    void unload() {
        routes = null;
        hits = null;
    }

    String resolve(String path) {
        if (routes == null) {
            return null;
        }
        hits.merge(path, 1, Integer::sum); // BUG
        return routes.get(path);
    }

    int hitCount(String path) {
        if (hits == null) {
            return 0;
        }
        return routes.containsKey(path) ? hits.getOrDefault(path, 0) : -1;
    }

    /** Resolution for health probes; probes are counted only while statistics are on. */
    String probe(String path) {
        if (hits != null) {
            hits.merge("probe:" + path, 1, Integer::sum);
        }
        return routes.get(path); // BUG
    }

    public static void main(String[] args) {
        C08RouteTable table = new C08RouteTable();
        table.load(Map.of("/orders", "orders-svc", "/users", "users-svc"));
        String out = table.resolve("/orders") + table.hitCount("/orders") + table.probe("/users");
        table.resetStatistics();
        out += table.hitCount("/orders") + table.probe("/orders");
        table.enableStatistics();
        out += table.resolve("/users") + table.hitCount("/users") + table.hitCount("/nope");
        table.unload();
        table.enableStatistics();
        out += table.hitCount("/orders") + table.resolve("/orders");
        System.out.println("safe: " + out);

        prove(FILE, 42, () -> {
            C08RouteTable t = new C08RouteTable();
            t.load(Map.of("/cart", "cart-svc"));
            t.resetStatistics();
            t.resolve("/cart");
        });
        prove(FILE, 58, () -> new C08RouteTable().probe("/cart"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
