package probe28;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IoT cold-storage controller. Each zone has a target temperature; the zone
 * table is loaded at commissioning and cleared on decommission. Methods are
 * synchronized and spell their checks with Objects.isNull / Objects.nonNull.
 */
public class H26ColdStorageZones {
    private final String siteId;
    private Hashtable<String, Double> targets; // null before commissioning / after decommissioning
    private final List<String> alarms = new ArrayList<>();

    public H26ColdStorageZones(String siteId) {
        this.siteId = siteId;
    }

    public synchronized void commission(Map<String, Double> initialTargets) {
        Hashtable<String, Double> fresh = new Hashtable<>();
        if (Objects.nonNull(initialTargets)) {
            initialTargets.forEach((zone, t) -> {
                if (Objects.nonNull(zone) && Objects.nonNull(t)) {
                    fresh.put(zone, t);
                }
            });
        }
        targets = fresh;
    }

    public synchronized void decommission() {
        targets = null;
    }

    public synchronized boolean setTarget(String zone, double celsius) {
        if (Objects.isNull(targets) || Objects.isNull(zone)) {
            return false;
        }
        targets.put(zone, celsius);
        return true;
    }

    /** Returns the compressor command for a measured temperature. */
    public synchronized String control(String zone, double measured) {
        if (Objects.isNull(targets) || Objects.isNull(zone)) {
            return "IDLE";
        }
        Double target = targets.get(zone);
        if (Objects.isNull(target)) {
            return "IDLE";
        }
        double delta = measured - target;
        if (delta > 3.0) {
            alarms.add(siteId + "/" + zone + " too warm: " + measured);
        }
        if (delta > 0.5) {
            return "COOL";
        }
        return delta < -0.5 ? "OFF" : "HOLD";
    }

    public synchronized int zoneCount() {
        return Objects.nonNull(targets) ? targets.size() : 0;
    }

    public synchronized double coldestTarget() {
        double min = Double.NaN;
        if (Objects.nonNull(targets)) {
            for (double t : targets.values()) {
                if (Double.isNaN(min) || t < min) {
                    min = t;
                }
            }
        }
        return min;
    }

    public synchronized List<String> alarms() {
        return List.copyOf(alarms);
    }

    public static void main(String[] args) {
        H26ColdStorageZones site = new H26ColdStorageZones("DC-north");
        assert site.control("freezer", -10) .equals("IDLE");
        assert !site.setTarget("freezer", -18);
        assert site.zoneCount() == 0;
        assert Double.isNaN(site.coldestTarget());
        site.commission(null);
        assert site.zoneCount() == 0;
        site.commission(Map.of("freezer", -18.0, "chiller", 4.0));
        assert site.control("freezer", -10).equals("COOL");
        assert site.control("freezer", -18.2).equals("HOLD");
        assert site.control("chiller", 2.0).equals("OFF");
        assert site.control("attic", 30).equals("IDLE");
        assert site.setTarget("dairy", 2.0);
        assert site.coldestTarget() == -18.0;
        assert site.zoneCount() == 3;
        site.decommission();
        assert site.control("dairy", 9).equals("IDLE");
        assert site.zoneCount() == 0;
        assert site.alarms().equals(List.of("DC-north/freezer too warm: -10.0")) : site.alarms();
        System.out.println(site.alarms());
    }
}
