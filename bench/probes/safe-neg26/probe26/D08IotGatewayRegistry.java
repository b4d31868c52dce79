package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Device registry of an IoT edge gateway. The device table exists only while at least
 * one device is paired; small predicates encapsulate the null checks.
 */
public final class D08IotGatewayRegistry {

    public enum Kind { SENSOR, ACTUATOR }

    public record Device(String id, Kind kind, String firmware) {}

    public record Reading(String deviceId, double value, long timestamp) {}

    private final String gatewayId;
    private final Map<String, Reading> lastReadings = new HashMap<>();
    private Map<String, Device> devices; // null while no device is paired
    private int rejected;

    public D08IotGatewayRegistry(String gatewayId) {
        this.gatewayId = gatewayId;
    }

    private boolean hasDevices() {
        return devices != null && !devices.isEmpty();
    }

    private boolean isPaired(String id) {
        return devices != null && devices.containsKey(id);
    }

    public void pair(Device d) {
        if (devices == null) {
            devices = new LinkedHashMap<>();
        }
        devices.put(d.id(), d);
    }

    public boolean unpair(String id) {
        if (!isPaired(id)) {
            return false;
        }
        devices.remove(id);
        lastReadings.remove(id);
        if (devices.isEmpty()) {
            devices = null;
        }
        return true;
    }

    public boolean ingest(Reading r) {
        if (!isPaired(r.deviceId())) {
            rejected++;
            return false;
        }
        Device d = devices.get(r.deviceId());
        if (d.kind() != Kind.SENSOR) {
            rejected++;
            return false;
        }
        lastReadings.put(d.id(), r);
        return true;
    }

    public OptionalDouble latest(String id) {
        Reading r = lastReadings.get(id);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.value());
    }

    public List<String> firmwareReport() {
        if (!hasDevices()) {
            return List.of();
        }
        return devices.values().stream().map(d -> gatewayId + "/" + d.id() + "@" + d.firmware()).sorted().toList();
    }

    public int deviceCount() {
        return hasDevices() ? devices.size() : 0;
    }

    public int rejectedCount() {
        return rejected;
    }

    public void factoryReset() {
        devices = null;
        lastReadings.clear();
        rejected = 0;
    }

    public static void main(String[] args) {
        D08IotGatewayRegistry gw = new D08IotGatewayRegistry("gw-7");
        System.out.println(gw.deviceCount() + " " + gw.firmwareReport() + " " + gw.unpair("t1"));
        System.out.println(gw.ingest(new Reading("t1", 21.5, 1)) + " rejected=" + gw.rejectedCount());
        gw.pair(new Device("t1", Kind.SENSOR, "1.2.0"));
        gw.pair(new Device("v1", Kind.ACTUATOR, "0.9.1"));
        System.out.println(gw.ingest(new Reading("t1", 21.5, 2)) + " " + gw.ingest(new Reading("v1", 1, 3)));
        System.out.println(gw.latest("t1") + " " + gw.latest("v1") + " " + gw.firmwareReport());
        System.out.println(gw.unpair("t1") + " " + gw.unpair("v1") + " count=" + gw.deviceCount());
        gw.pair(new Device("h1", Kind.SENSOR, "2.0.0"));
        gw.factoryReset();
        System.out.println(gw.deviceCount() + " " + gw.rejectedCount() + " " + gw.firmwareReport());
    }
}
