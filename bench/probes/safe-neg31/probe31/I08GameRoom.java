package probe31;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/** A team-based game room; rosters are released when the room is disposed. */
public final class I08GameRoom {
    public enum Team { RED, BLUE }

    private final String roomId;
    private final int perTeam;
    private EnumMap<Team, List<String>> rosters = new EnumMap<>(Team.class); // null once disposed

    public I08GameRoom(String roomId, int perTeam) {
        this.roomId = roomId;
        this.perTeam = perTeam;
    }

    public Team join(String player) {
        if (rosters == null) {
            throw new IllegalStateException("room " + roomId + " is disposed");
        }
        int red = rosters.getOrDefault(Team.RED, List.of()).size();
        int blue = rosters.getOrDefault(Team.BLUE, List.of()).size();
        Team team = red <= blue ? Team.RED : Team.BLUE;
        List<String> roster = rosters.computeIfAbsent(team, t -> new ArrayList<>());
        if (roster.size() >= perTeam) {
            throw new IllegalStateException("room " + roomId + " is full");
        }
        roster.add(player);
        return team;
    }

    public boolean leave(String player) {
        if (rosters == null) {
            return false;
        }
        for (List<String> roster : rosters.values()) {
            if (roster.remove(player)) {
                return true;
            }
        }
        return false;
    }

    public int count(Team team) {
        return Optional.ofNullable(rosters).map(r -> r.get(team)).map(List::size).orElse(0);
    }

    public boolean isDisposed() {
        return rosters == null;
    }

    public void dispose() {
        rosters = null;
    }

    public void reopen() {
        if (rosters == null) {
            rosters = new EnumMap<>(Team.class);
        }
    }

    public static void main(String[] args) {
        I08GameRoom room = new I08GameRoom("arena-7", 1);
        if (room.count(Team.RED) != 0 || room.leave("ghost")) throw new AssertionError("empty room");
        if (room.join("ann") != Team.RED || room.join("bob") != Team.BLUE) throw new AssertionError("balancing");
        try {
            room.join("cid");
            throw new AssertionError("full room accepted player");
        } catch (IllegalStateException expected) {
            // full
        }
        if (!room.leave("bob") || room.count(Team.BLUE) != 0) throw new AssertionError("leave");
        room.reopen(); // no-op while open
        room.dispose();
        room.dispose();
        if (!room.isDisposed() || room.count(Team.RED) != 0 || room.leave("ann")) throw new AssertionError("disposed");
        try {
            room.join("dan");
            throw new AssertionError("join after dispose");
        } catch (IllegalStateException expected) {
            // disposed
        }
        room.reopen();
        room.join("eve");
        System.out.println("I08 teams=" + Team.values().length + " red=" + room.count(Team.valueOf("RED")) + " disposed=" + room.isDisposed());
    }
}
