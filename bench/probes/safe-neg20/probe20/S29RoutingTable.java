package probe20;

import java.util.HashMap;
import java.util.Map;

public class S29RoutingTable {
    private Map<String, String> routes;
    private Map<String, Integer> hits;

    public void install(Map<String, String> table) {
        this.routes = new HashMap<>(table);
        this.hits = new HashMap<>();
    }

    public void withdraw() {
        routes = null;
        hits = null;
    }

    public String nextHop(String prefix) {
        Map<String, String> r = routes;
        if (r == null) {
            return "drop";
        }
        String hop = r.get(prefix);
        Map<String, Integer> h = hits;
        if (h != null && hop != null) {
            h.merge(prefix, 1, Integer::sum);
        }
        return hop == null ? r.getOrDefault("default", "drop") : hop;
    }

    public String forwardThenFlap(String prefix) {
        Map<String, String> snapshot = routes;
        withdraw();
        if (snapshot == null) {
            return "drop";
        }
        String hop = snapshot.getOrDefault(prefix, "drop");
        install(snapshot);
        return hop;
    }

    public int hitCount(String prefix) {
        Map<String, Integer> h = this.hits;
        return h == null ? 0 : h.getOrDefault(prefix, 0);
    }

    public static void main(String[] args) {
        S29RoutingTable rt = new S29RoutingTable();
        System.out.println(rt.nextHop("10.0.0.0/8") + " hits=" + rt.hitCount("10.0.0.0/8"));
        System.out.println("flap on empty: " + rt.forwardThenFlap("10.0.0.0/8"));
        Map<String, String> t = new HashMap<>();
        t.put("10.0.0.0/8", "eth1");
        t.put("192.168.0.0/16", "eth2");
        t.put("default", "eth0");
        rt.install(t);
        System.out.println(rt.nextHop("10.0.0.0/8"));
        System.out.println(rt.nextHop("10.0.0.0/8"));
        System.out.println(rt.nextHop("172.16.0.0/12"));
        System.out.println("hits=" + rt.hitCount("10.0.0.0/8"));
        System.out.println("flap: " + rt.forwardThenFlap("192.168.0.0/16"));
        System.out.println(rt.nextHop("192.168.0.0/16") + " hits=" + rt.hitCount("192.168.0.0/16"));
        rt.withdraw();
        System.out.println(rt.nextHop("192.168.0.0/16") + " hits=" + rt.hitCount("192.168.0.0/16"));
    }
}
