package probe28;

import java.util.concurrent.ConcurrentHashMap;

/**
 * IoT gateway hub collecting temperature readings from sensors. The readings
 * map is swapped in on connect and out on disconnect; each method reads the
 * volatile field once into a local and works only on that local.
 */
public class H08SensorHub {
    private final String gatewayId;
    private volatile ConcurrentHashMap<String, Double> readings; // null while disconnected
    private volatile long connectedAt = -1;
    private int droppedSamples;

    public H08SensorHub(String gatewayId) {
        this.gatewayId = gatewayId;
    }

    public void connect(long now) {
        readings = new ConcurrentHashMap<>();
        connectedAt = now;
    }

    public void disconnect() {
        readings = null;
        connectedAt = -1;
    }

    public boolean report(String sensor, double celsius) {
        ConcurrentHashMap<String, Double> r = readings;
        if (r == null) {
            droppedSamples++;
            return false;
        }
        r.put(sensor, celsius);
        return true;
    }

    public double latest(String sensor, double fallback) {
        ConcurrentHashMap<String, Double> r = readings;
        if (r == null) {
            return fallback;
        }
        return r.getOrDefault(sensor, fallback);
    }

    public double average() {
        ConcurrentHashMap<String, Double> r = readings;
        if (r == null || r.isEmpty()) {
            return Double.NaN;
        }
        return r.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public int sensorCount() {
        ConcurrentHashMap<String, Double> r = readings;
        return r == null ? 0 : r.size();
    }

    public String hottest() {
        ConcurrentHashMap<String, Double> r = readings;
        if (r == null) {
            return "none";
        }
        return r.entrySet().stream()
                .max((a, b) -> Double.compare(a.getValue(), b.getValue()))
                .map(e -> e.getKey())
                .orElse("none");
    }

    public String status() {
        return gatewayId + (connectedAt < 0 ? " offline" : " online since " + connectedAt)
                + " dropped=" + droppedSamples;
    }

    public static void main(String[] args) {
        H08SensorHub hub = new H08SensorHub("gw-12");
        assert !hub.report("t1", 20.0);
        assert hub.latest("t1", -99.0) == -99.0;
        assert Double.isNaN(hub.average());
        assert hub.sensorCount() == 0;
        assert hub.hottest().equals("none");
        hub.connect(1000);
        assert hub.hottest().equals("none");
        assert Double.isNaN(hub.average());
        assert hub.report("t1", 20.0);
        assert hub.report("t2", 24.0);
        assert hub.latest("t2", 0) == 24.0;
        assert hub.average() == 22.0;
        assert hub.hottest().equals("t2");
        assert hub.sensorCount() == 2;
        assert hub.status().equals("gw-12 online since 1000 dropped=1");
        hub.disconnect();
        assert !hub.report("t1", 21.0);
        assert hub.sensorCount() == 0;
        assert hub.status().equals("gw-12 offline dropped=2");
        System.out.println(hub.status());
    }
}
