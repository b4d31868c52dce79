package probe21b;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** Weekly shift planner of a small clinic. */
public class C13ShiftPlanner {

    private static final String FILE = "C13ShiftPlanner.java";

    /** Staff booked per day of the open week. */
    private EnumMap<DayOfWeek, List<String>> bookings;
    /** Maximum staff per day; created with {@link #bookings}, kept when only bookings are cleared. */
    private EnumMap<DayOfWeek, Integer> capacity;

    void openWeek(int perDay) {
        bookings = new EnumMap<>(DayOfWeek.class);
        capacity = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            capacity.put(d, perDay);
        }
    }

    /** Cancels every booking of the week; the capacity plan stays. */
    void clearBookings() {
        bookings = null;
    }

    void closeWeek() {
        bookings = null;
        capacity = null;
    }

    boolean book(DayOfWeek day, String person) {
        if (capacity == null) {
            return false;
        }
        List<String> staff = bookings.computeIfAbsent(day, d -> new ArrayList<>()); // BUG
        if (staff.size() >= capacity.get(day)) {
            return false;
        }
        return staff.add(person);
    }

    int free(DayOfWeek day) {
        if (bookings == null) {
            return capacity == null ? 0 : capacity.get(day);
        }
        return capacity.get(day) - bookings.getOrDefault(day, List.of()).size();
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        if (bookings != null) {
            bookings.forEach((d, staff) -> sb.append(d).append('=').append(staff).append(' '));
        }
        for (DayOfWeek d : capacity.keySet()) { // BUG
            sb.append(d.name(), 0, 3).append('/').append(capacity.get(d)).append(' ');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        C13ShiftPlanner planner = new C13ShiftPlanner();
        planner.openWeek(2);
        String out = "" + planner.book(DayOfWeek.MONDAY, "ana") + planner.book(DayOfWeek.MONDAY, "ben")
                + planner.book(DayOfWeek.MONDAY, "cy") + planner.free(DayOfWeek.MONDAY) + planner.summary();
        planner.clearBookings();
        out += planner.free(DayOfWeek.MONDAY) + planner.summary();
        planner.closeWeek();
        out += planner.free(DayOfWeek.MONDAY) + "" + planner.book(DayOfWeek.FRIDAY, "dan");
        System.out.println("safe: " + out.length());

        prove(FILE, 40, () -> {
            C13ShiftPlanner p = new C13ShiftPlanner();
            p.openWeek(1);
            p.clearBookings();
            p.book(DayOfWeek.TUESDAY, "eve");
        });
        prove(FILE, 59, () -> new C13ShiftPlanner().summary());
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
