package probe22;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Routing view of one network link. The link phase is not stored: a private {@code phase()}
 * derives it from whether the route table exists, and the public methods switch over that
 * derived phase; only the {@code UP} arms touch the table.
 */
public class W31LinkStateView {

    /** Confined to the routing daemon's single event thread. */
    public static final class LinkView {
        private enum Phase { DOWN, UP }

        private final String name;
        private NavigableMap<String, Integer> routes; // prefix -> metric; null while the link is down

        public LinkView(String name) {
            this.name = name;
        }

        private Phase phase() {
            return routes == null ? Phase.DOWN : Phase.UP;
        }

        public void linkUp() {
            if (phase() == Phase.DOWN) {
                routes = new TreeMap<>();
            }
        }

        public void linkDown() {
            routes = null;
        }

        public boolean advertise(String prefix, int metric) {
            return switch (phase()) {
                case DOWN -> false;
                case UP -> {
                    routes.merge(prefix, metric, Math::min);
                    yield true;
                }
            };
        }

        public int metricTo(String address) {
            switch (phase()) {
                case UP:
                    Map.Entry<String, Integer> e = routes.floorEntry(address);
                    return e != null && address.startsWith(e.getKey()) ? e.getValue() : -1;
                case DOWN:
                default:
                    return -1;
            }
        }

        public String describe() {
            return name + " " + switch (phase()) {
                case DOWN -> "down";
                case UP -> "up, " + routes.size() + " routes " + routes.keySet();
            };
        }
    }

    public static void main(String[] args) {
        LinkView eth0 = new LinkView("eth0");
        System.out.println(eth0.describe() + " adv=" + eth0.advertise("10.1.", 5) + " metric=" + eth0.metricTo("10.1.2.3"));

        eth0.linkUp();
        eth0.advertise("10.1.", 5);
        eth0.advertise("10.1.", 3);
        eth0.advertise("192.168.", 1);
        eth0.linkUp();
        System.out.println(eth0.describe() + " metric=" + eth0.metricTo("10.1.2.3") + " other=" + eth0.metricTo("172.16.0.1"));

        eth0.linkDown();
        System.out.println(eth0.describe() + " metric=" + eth0.metricTo("10.1.2.3") + " adv=" + eth0.advertise("10.2.", 1));
    }
}
