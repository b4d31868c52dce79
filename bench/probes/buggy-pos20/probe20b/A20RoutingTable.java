package probe20b;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prefix routing table. An empty table holds no map at all: the map is
 * created by the first route and dropped when the last one is removed.
 */
public class A20RoutingTable {

    private static final String FILE = "A20RoutingTable.java";

    private ConcurrentHashMap<String, String> routes;

    private Map<String, String> routes() {
        return routes == null ? Map.of() : routes;
    }

    public void add(String prefix, String hop) {
        if (routes == null) {
            routes = new ConcurrentHashMap<>();
        }
        routes.put(prefix, hop);
    }

    public void remove(String prefix) {
        if (routes != null) {
            routes.remove(prefix);
            if (routes.isEmpty()) {
                routes = null;
            }
        }
    }

    public A20RoutingTable copy() {
        A20RoutingTable t = new A20RoutingTable();
        routes().forEach((p, h) -> t.add(p, h));
        return t;
    }

    /** Pushes this table's routes into a peer table. */
    public void mirrorInto(A20RoutingTable peer) {
        routes().forEach((p, h) -> peer.routes.put(p, h)); // BUG
    }

    /** Next hop of the longest matching prefix, or null. */
    public String nextHop(String addr) {
        String best = null;
        for (String p : routes().keySet()) {
            if (addr.startsWith(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? null : routes.get(best);
    }

    /** Prefixes whose next hop differs in {@code other}. */
    public Set<String> changedIn(A20RoutingTable other) {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, String> e : routes().entrySet()) {
            if (!e.getValue().equals(other.routes().get(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Prefixes that {@code other} has and this table lacks. */
    public Set<String> addedIn(A20RoutingTable other) {
        Set<String> out = new TreeSet<>();
        for (String p : other.routes.keySet()) { // BUG
            if (!routes().containsKey(p)) {
                out.add(p);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        A20RoutingTable t = new A20RoutingTable();
        assert t.nextHop("10.1.2.3") == null && t.copy().routes().isEmpty();
        t.add("10.", "gw-a");
        t.add("10.1.", "gw-b");
        assert t.nextHop("10.1.2.3").equals("gw-b");
        A20RoutingTable c = t.copy();
        c.add("192.168.", "gw-c");
        c.add("10.", "gw-z");
        assert t.changedIn(c).equals(Set.of("10.")) && t.addedIn(c).equals(Set.of("192.168."));
        t.mirrorInto(c);
        assert t.changedIn(c).isEmpty() && t.changedIn(new A20RoutingTable()).size() == 2;
        new A20RoutingTable().mirrorInto(new A20RoutingTable());
        t.remove("10.");
        t.remove("10.1.");
        assert t.routes == null && t.nextHop("10.1.2.3") == null;

        A20RoutingTable peer = new A20RoutingTable();
        peer.add("10.", "gw-a");
        peer.remove("10.");
        prove(46, () -> c.mirrorInto(peer));
        prove(74, () -> t.addedIn(peer));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
