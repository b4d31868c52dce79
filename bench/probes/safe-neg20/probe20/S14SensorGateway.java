package probe20;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class S14SensorGateway {
    interface ReadingListener {
        void onReading(String sensorId, double value);
    }

    private ConcurrentHashMap<String, Double> latest;
    private Map<String, Double> thresholds;
    private final List<ReadingListener> listeners = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();

    public S14SensorGateway() {
        listeners.add(new ReadingListener() {
            @Override
            public void onReading(String sensorId, double value) {
                if (latest != null) {
                    latest.put(sensorId, value);
                }
            }
        });
        listeners.add(new ReadingListener() {
            @Override
            public void onReading(String sensorId, double value) {
                if (thresholds == null) {
                    return;
                }
                Double limit = thresholds.get(sensorId);
                if (limit != null && value > limit) {
                    alerts.add(sensorId + " over " + limit + ": " + value);
                }
            }
        });
    }

    public void connect() {
        latest = new ConcurrentHashMap<>();
    }

    public void configureThresholds(Map<String, Double> t) {
        thresholds = t;
    }

    public void disconnect() {
        latest = null;
    }

    public void ingest(String sensorId, double value) {
        for (ReadingListener l : listeners) {
            l.onReading(sensorId, value);
        }
    }

    public String latestView() {
        ConcurrentHashMap<String, Double> m = latest;
        return m == null ? "offline" : new java.util.TreeMap<>(m).toString();
    }

    public static void main(String[] args) {
        S14SensorGateway gw = new S14SensorGateway();
        gw.ingest("temp-1", 21.5);
        System.out.println(gw.latestView());
        gw.connect();
        gw.ingest("temp-1", 22.0);
        gw.ingest("hum-3", 55.0);
        System.out.println(gw.latestView());
        gw.configureThresholds(Map.of("temp-1", 30.0));
        gw.ingest("temp-1", 35.2);
        gw.ingest("hum-3", 99.0);
        System.out.println(gw.latestView());
        gw.disconnect();
        gw.ingest("temp-1", 40.1);
        gw.configureThresholds(null);
        gw.ingest("temp-1", 50.0);
        System.out.println(gw.latestView());
        System.out.println("alerts: " + gw.alerts);
    }
}
