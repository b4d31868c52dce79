package probe26;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Smart-home lighting controller. Brightness follows the current mode unless a room has a
 * manual override; the override table only exists while at least one room is overridden.
 */
public final class D29EnumMapLightController {

    public enum Room { KITCHEN, LIVING, BEDROOM, BATH, HALL }

    public enum Mode { DAY, EVENING, NIGHT }

    private final EnumMap<Mode, Integer> schedule = new EnumMap<>(Mode.class);
    private EnumMap<Room, Integer> manualOverrides; // null when no room is overridden
    private Mode mode = Mode.DAY;
    private boolean vacation;

    public D29EnumMapLightController() {
        schedule.put(Mode.DAY, 0);
        schedule.put(Mode.EVENING, 70);
        schedule.put(Mode.NIGHT, 10);
    }

    public int brightness(Room room) {
        if (vacation) {
            return 0;
        }
        if (manualOverrides == null || !manualOverrides.containsKey(room)) {
            return schedule.get(mode);
        }
        return manualOverrides.get(room);
    }

    public void override(Room room, int level) {
        if (room == null) {
            return;
        }
        if (manualOverrides == null) {
            manualOverrides = new EnumMap<>(Room.class);
        }
        manualOverrides.put(room, Math.max(0, Math.min(100, level)));
    }

    public boolean clearOverride(Room room) {
        if (manualOverrides != null && manualOverrides.remove(room) != null) {
            if (manualOverrides.isEmpty()) {
                manualOverrides = null;
            }
            return true;
        }
        return false;
    }

    public void clearAllOverrides() {
        manualOverrides = null;
    }

    public void setMode(Mode m) {
        if (m != null) {
            mode = m;
        }
    }

    public void setScheduleLevel(Mode m, int level) {
        if (m != null) {
            schedule.put(m, Math.max(0, Math.min(100, level)));
        }
    }

    public void setVacation(boolean on) {
        vacation = on;
        if (on) {
            manualOverrides = null;
        }
    }

    public Set<Room> overriddenRooms() {
        EnumSet<Room> rooms = EnumSet.noneOf(Room.class);
        if (manualOverrides != null) {
            rooms.addAll(manualOverrides.keySet());
        }
        return rooms;
    }

    public Map<Room, Integer> snapshot() {
        EnumMap<Room, Integer> out = new EnumMap<>(Room.class);
        for (Room r : Room.values()) {
            out.put(r, brightness(r));
        }
        return out;
    }

    public static void main(String[] args) {
        D29EnumMapLightController lights = new D29EnumMapLightController();
        System.out.println(lights.brightness(Room.KITCHEN) + " " + lights.overriddenRooms() + " " + lights.clearOverride(Room.BATH));
        lights.setMode(Mode.EVENING);
        lights.override(Room.KITCHEN, 100);
        lights.override(Room.BEDROOM, -5);
        System.out.println(lights.snapshot() + " " + lights.overriddenRooms());
        System.out.println(lights.clearOverride(Room.KITCHEN) + " " + lights.clearOverride(Room.KITCHEN) + " " + lights.clearOverride(Room.BEDROOM));
        lights.setScheduleLevel(Mode.NIGHT, 5);
        lights.setMode(Mode.NIGHT);
        lights.override(Room.HALL, 30);
        lights.setVacation(true);
        System.out.println(lights.snapshot() + " " + lights.overriddenRooms());
        lights.setVacation(false);
        lights.override(Room.LIVING, 50);
        lights.clearAllOverrides();
        System.out.println(lights.brightness(Room.LIVING) + " " + lights.snapshot());
    }
}
