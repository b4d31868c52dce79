package probe28;

import java.util.Map;
import java.util.TreeMap;

/**
 * Lab-instrument calibration holder. The offsets map and the calibration
 * version string are always assigned together (map first, version last; on
 * clearing, version first). Readers only test the version.
 */
public class H35InstrumentCalibration {
    private final String instrument;
    private String version; // non-null implies offsets non-null
    private TreeMap<String, Double> offsets; // channel -> offset
    private int corrections;

    public H35InstrumentCalibration(String instrument) {
        this.instrument = instrument;
    }

    public void apply(String newVersion, Map<String, Double> channelOffsets) {
        if (newVersion == null || newVersion.isBlank()) {
            throw new IllegalArgumentException("version required");
        }
        TreeMap<String, Double> fresh = new TreeMap<>();
        if (channelOffsets != null) {
            channelOffsets.forEach((ch, off) -> {
                if (ch != null && off != null) {
                    fresh.put(ch, off);
                }
            });
        }
        offsets = fresh;
        version = newVersion;
    }

    public void expire() {
        version = null;
        offsets = null;
    }

    public double correct(String channel, double raw) {
        corrections++;
        if (version == null || channel == null) {
            return raw;
        }
        return raw + offsets.getOrDefault(channel, 0.0);
    }

    public String label() {
        if (version != null) {
            return instrument + " cal " + version + " (" + offsets.size() + " channels)";
        }
        return instrument + " UNCALIBRATED";
    }

    public boolean adjust(String channel, double delta) {
        if (version == null || channel == null) {
            return false;
        }
        offsets.merge(channel, delta, Double::sum);
        return true;
    }

    public int corrections() {
        return corrections;
    }

    public static void main(String[] args) {
        H35InstrumentCalibration cal = new H35InstrumentCalibration("spectro-3");
        assert cal.correct("ch1", 5.0) == 5.0;
        assert cal.label().equals("spectro-3 UNCALIBRATED");
        assert !cal.adjust("ch1", 0.1);
        cal.apply("2024-06", Map.of("ch1", 0.5, "ch2", -0.25));
        assert cal.correct("ch1", 5.0) == 5.5;
        assert cal.correct("ch3", 5.0) == 5.0;
        assert cal.adjust("ch2", -0.25);
        assert cal.correct("ch2", 1.0) == 0.5;
        assert cal.label().equals("spectro-3 cal 2024-06 (2 channels)");
        cal.apply("2024-07", null);
        assert cal.label().equals("spectro-3 cal 2024-07 (0 channels)");
        boolean rejected = false;
        try {
            cal.apply(" ", Map.of());
        } catch (IllegalArgumentException e) {
            rejected = true;
        }
        assert rejected;
        assert cal.label().startsWith("spectro-3 cal 2024-07");
        cal.expire();
        assert cal.correct("ch1", 2.0) == 2.0;
        assert !cal.adjust("ch1", 1.0);
        assert cal.corrections() == 5;
        System.out.println(cal.label());
    }
}
