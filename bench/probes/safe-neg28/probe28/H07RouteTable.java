package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Network route table for a software router. A table can be copied for a
 * "what-if" simulation; the copy constructor keeps a null map null.
 */
public class H07RouteTable {
    private final String routerId;
    private HashMap<String, String> routes; // prefix -> next hop; null when flushed
    private final Map<String, Integer> metrics = new TreeMap<>();
    private int generation;

    public H07RouteTable(String routerId) {
        this.routerId = routerId;
    }

    public H07RouteTable(H07RouteTable other, String newId) {
        this.routerId = newId;
        this.routes = other.routes == null ? null : new HashMap<>(other.routes);
        this.metrics.putAll(other.metrics);
        this.generation = other.generation;
    }

    public void addRoute(String prefix, String nextHop, int metric) {
        if (routes == null) {
            routes = new HashMap<>();
        }
        routes.put(prefix, nextHop);
        metrics.put(prefix, metric);
        generation++;
    }

    public String nextHop(String prefix) {
        String hop = routes != null ? routes.get(prefix) : null;
        return hop != null ? hop : "default-gw";
    }

    public boolean withdraw(String prefix) {
        if (routes != null && routes.remove(prefix) != null) {
            metrics.remove(prefix);
            generation++;
            return true;
        }
        return false;
    }

    public int routeCount() {
        return routes != null ? routes.size() : 0;
    }

    public void flush() {
        routes = null;
        metrics.clear();
        generation++;
    }

    public String bestPrefix() {
        String best = null;
        int bestMetric = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : metrics.entrySet()) {
            if (e.getValue() < bestMetric) {
                best = e.getKey();
                bestMetric = e.getValue();
            }
        }
        return best == null ? "-" : best;
    }

    public String describe() {
        return routerId + " gen=" + generation + " routes=" + routeCount();
    }

    public static void main(String[] args) {
        H07RouteTable empty = new H07RouteTable("r0");
        H07RouteTable emptyCopy = new H07RouteTable(empty, "r0-sim");
        assert emptyCopy.routeCount() == 0;
        assert emptyCopy.nextHop("10.0.0.0/8").equals("default-gw");
        assert !emptyCopy.withdraw("10.0.0.0/8");
        assert emptyCopy.bestPrefix().equals("-");

        H07RouteTable r1 = new H07RouteTable("r1");
        r1.addRoute("10.0.0.0/8", "eth0", 20);
        r1.addRoute("192.168.0.0/16", "eth1", 5);
        H07RouteTable sim = new H07RouteTable(r1, "r1-sim");
        assert sim.withdraw("10.0.0.0/8");
        assert sim.routeCount() == 1;
        assert r1.routeCount() == 2;
        assert r1.nextHop("10.0.0.0/8").equals("eth0");
        assert r1.bestPrefix().equals("192.168.0.0/16");
        r1.flush();
        assert r1.routeCount() == 0;
        assert !r1.withdraw("192.168.0.0/16");
        assert r1.nextHop("192.168.0.0/16").equals("default-gw");
        H07RouteTable flushedCopy = new H07RouteTable(r1, "r1-copy");
        assert flushedCopy.routeCount() == 0;
        flushedCopy.addRoute("0.0.0.0/0", "wan", 1);
        assert flushedCopy.nextHop("0.0.0.0/0").equals("wan");
        assert r1.describe().equals("r1 gen=3 routes=0") : r1.describe();
        assert sim.describe().equals("r1-sim gen=3 routes=1") : sim.describe();
        System.out.println(flushedCopy.describe());
    }
}
