package probe29;

import java.util.EnumMap;
import java.util.Map;

/** Traffic light controller; phase durations are configured when the controller is powered on. */
public class K37TrafficLight {

    public enum Light { RED, GREEN, AMBER }

    public enum Power { OFF, ON, FAULT }

    private Power power = Power.OFF;
    private EnumMap<Light, Integer> durations;
    private Light current = Light.RED;
    private int elapsed;

    public void powerOn(int red, int green, int amber) {
        if (red <= 0 || green <= 0 || amber <= 0) {
            throw new IllegalArgumentException("durations must be positive");
        }
        EnumMap<Light, Integer> d = new EnumMap<>(Light.class);
        d.put(Light.RED, red);
        d.put(Light.GREEN, green);
        d.put(Light.AMBER, amber);
        durations = d;
        current = Light.RED;
        elapsed = 0;
        power = Power.ON;
    }

    public String tick() {
        return switch (power) {
            case OFF -> "dark";
            case FAULT -> elapsed++ % 2 == 0 ? "flash" : "dark";
            case ON -> {
                elapsed++;
                if (elapsed >= durations.get(current)) {
                    current = next(current);
                    elapsed = 0;
                }
                yield current.name();
            }
        };
    }

    private static Light next(Light l) {
        return switch (l) {
            case RED -> Light.GREEN;
            case GREEN -> Light.AMBER;
            case AMBER -> Light.RED;
        };
    }

    public int cycleLength() {
        if (power != Power.ON) {
            return 0;
        }
        int total = 0;
        for (Map.Entry<Light, Integer> e : durations.entrySet()) {
            total += e.getValue();
        }
        return total;
    }

    public void fault() {
        power = Power.FAULT;
        durations = null;
        elapsed = 0;
    }

    public void powerOff() {
        power = Power.OFF;
        durations = null;
    }

    public Power power() {
        return power;
    }

    public static void main(String[] args) {
        K37TrafficLight light = new K37TrafficLight();
        System.out.println(light.power() + " " + light.tick() + " cycle=" + light.cycleLength());
        try {
            light.powerOn(3, 0, 1);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        light.powerOn(2, 3, 1);
        StringBuilder seq = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            seq.append(light.tick()).append(' ');
        }
        System.out.println(light.power() + " cycle=" + light.cycleLength() + " " + seq.toString().trim());
        light.fault();
        System.out.println(light.power() + " " + light.tick() + " " + light.tick() + " " + light.tick()
                + " cycle=" + light.cycleLength());
        light.powerOn(1, 1, 1);
        System.out.println(light.tick() + " " + light.tick() + " " + light.tick());
        light.powerOff();
        System.out.println(light.power() + " " + light.tick() + " cycle=" + light.cycleLength());
    }
}
