package probe24b;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

public class J15Thermostat {

    enum Zone { LIVING, KITCHEN, BEDROOM, GARAGE }

    private EnumMap<Zone, Double> schedule;
    private EnumMap<Zone, Double> overrides;
    private final boolean allowOverrides;
    private boolean manual;
    private final List<String> log = new ArrayList<>();

    J15Thermostat(String scheduleSpec, boolean allowOverrides) {
        this.allowOverrides = allowOverrides;
        if (allowOverrides) {
            overrides = new EnumMap<>(Zone.class);
        }
        try {
            schedule = parse(scheduleSpec);
        } catch (IllegalArgumentException e) {
            manual = true;
            log.add("bad schedule, manual mode: " + e.getMessage());
        }
    }

    static EnumMap<Zone, Double> parse(String spec) {
        EnumMap<Zone, Double> parsed = new EnumMap<>(Zone.class);
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("bad entry '" + part + "'");
            }
            parsed.put(Zone.valueOf(kv[0].trim().toUpperCase(Locale.ROOT)), Double.parseDouble(kv[1].trim()));
        }
        return parsed;
    }

    double target(Zone z) {
        if (overrides != null && overrides.containsKey(z)) {
            return overrides.get(z);
        }
        if (manual) {
            return 20.0;
        }
        return schedule.getOrDefault(z, 18.0);
    }

    double comfortDelta(Zone z, double measured) {
        return measured - schedule.getOrDefault(z, 18.0); // BUG
    }

    boolean heatingOn(Zone z, double measured) {
        return measured < target(z) - 0.5;
    }

    void setOverride(Zone z, double t) {
        if (!allowOverrides) {
            log.add("override ignored for " + z);
            return;
        }
        overrides.put(z, t);
    }

    void clearOverride(Zone z) {
        if (manual) {
            return;
        }
        overrides.remove(z); // BUG
    }

    String summary() {
        StringBuilder sb = new StringBuilder(manual ? "manual" : "scheduled");
        for (Zone z : Zone.values()) {
            sb.append(' ').append(z.name().charAt(0)).append('=').append(target(z));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J15Thermostat home = new J15Thermostat("living=21.5, bedroom=19", true);
        assert home.target(Zone.LIVING) == 21.5 && home.target(Zone.GARAGE) == 18.0;
        assert home.comfortDelta(Zone.BEDROOM, 20.0) == 1.0;
        home.setOverride(Zone.KITCHEN, 23.0);
        assert home.target(Zone.KITCHEN) == 23.0 && home.heatingOn(Zone.KITCHEN, 21.0);
        home.clearOverride(Zone.KITCHEN);
        assert home.target(Zone.KITCHEN) == 18.0;
        J15Thermostat cabin = new J15Thermostat("living:21", true);
        assert cabin.manual && cabin.target(Zone.LIVING) == 20.0 && cabin.log.size() == 1;
        cabin.setOverride(Zone.LIVING, 16.0);
        cabin.clearOverride(Zone.LIVING);
        assert cabin.target(Zone.LIVING) == 16.0 && cabin.summary().startsWith("manual L=16.0");
        J15Thermostat rental = new J15Thermostat("living=20", false);
        rental.setOverride(Zone.LIVING, 25.0);
        assert rental.target(Zone.LIVING) == 20.0 && !rental.heatingOn(Zone.LIVING, 20.0);
        assert rental.summary().equals("scheduled L=20.0 K=18.0 B=18.0 G=18.0");

        try {
            cabin.comfortDelta(Zone.LIVING, 19.0);
            missed(54);
        } catch (NullPointerException e) { report(e, 54); }
        try {
            rental.clearOverride(Zone.LIVING);
            missed(73);
        } catch (NullPointerException e) { report(e, 73); }
    }

    private static final String FILE = "J15Thermostat.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
