package probe15p;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class P11MaintenanceScheduler {
    public enum Cadence { HOURLY, DAILY, WEEKLY }

    private final Map<String, Cadence> cadenceByJob = new LinkedHashMap<>();

    public void register(String job, Cadence cadence) {
        cadenceByJob.put(job, cadence);
    }

    public List<String> plan(String job, LocalDateTime from, int count) {
        Cadence cadence = cadenceByJob.get(job);
        if (cadence == null) throw new IllegalArgumentException("unknown job " + job);
        Map<Integer, LocalDateTime> slots = null;
        if (cadence == Cadence.HOURLY) {
            slots = new TreeMap<>();
            for (int i = 0; i < count; i++) slots.put(i, from.plusHours(i + 1).withMinute(0));
        } else if (cadence == Cadence.DAILY) {
            slots = new TreeMap<>();
            for (int i = 0; i < count; i++) slots.put(i, from.toLocalDate().plusDays(i + 1).atTime(3, 0));
        } else if (from.getDayOfWeek() != DayOfWeek.SUNDAY) {
            slots = new TreeMap<>();
            int daysUntilSunday = DayOfWeek.SUNDAY.getValue() - from.getDayOfWeek().getValue();
            LocalDateTime nextSunday = from.toLocalDate().plusDays(daysUntilSunday).atTime(4, 0);
            for (int i = 0; i < count; i++) slots.put(i, nextSunday.plusWeeks(i));
        }
        List<String> result = new ArrayList<>();
        for (LocalDateTime slot : slots.values()) { // BUG
            result.add(job + "@" + slot);
        }
        return result;
    }

    public Map<Cadence, Integer> countByCadence() {
        Map<Cadence, Integer> counts = new EnumMap<>(Cadence.class);
        cadenceByJob.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    public static void main(String[] args) {
        P11MaintenanceScheduler scheduler = new P11MaintenanceScheduler();
        scheduler.register("rotate-logs", Cadence.HOURLY);
        scheduler.register("vacuum-db", Cadence.DAILY);
        scheduler.register("reindex-search", Cadence.WEEKLY);
        LocalDateTime wednesday = LocalDateTime.of(2024, 5, 15, 10, 30);
        System.out.println(scheduler.plan("rotate-logs", wednesday, 2));
        System.out.println(scheduler.plan("vacuum-db", wednesday, 2));
        System.out.println(scheduler.plan("reindex-search", wednesday, 2));
        System.out.println(scheduler.countByCadence());

        LocalDateTime sunday = LocalDateTime.of(2024, 5, 19, 1, 0);
        prove(() -> scheduler.plan("reindex-search", sunday, 3));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
