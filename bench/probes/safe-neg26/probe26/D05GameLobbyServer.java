package probe26;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Matchmaking lobby of a multiplayer game server. The room table is created when the
 * first room opens and discarded when the lobby is closed for maintenance.
 */
public final class D05GameLobbyServer {

    public record Player(String name, int rating) {}

    public static final class Room {
        private final String id;
        private final int capacity;
        private final List<Player> players = new ArrayList<>();

        Room(String id, int capacity) {
            this.id = id;
            this.capacity = capacity;
        }

        boolean isFull() {
            return players.size() >= capacity;
        }

        int averageRating() {
            return players.isEmpty() ? 0 : (int) players.stream().mapToInt(Player::rating).average().orElse(0);
        }

        @Override
        public String toString() {
            return id + players.stream().map(Player::name).toList();
        }
    }

    private final String region;
    private int roomsCreated;
    private Map<String, Room> rooms; // null until the first room opens, null after closeAll()

    public D05GameLobbyServer(String region) {
        this.region = region;
    }

    public Room openRoom(int capacity) {
        if (rooms == null) {
            rooms = new TreeMap<>();
        }
        String id = region + "-" + (++roomsCreated);
        Room r = new Room(id, capacity);
        rooms.put(id, r);
        return r;
    }

    public boolean join(String roomId, Player p) {
        Room r = rooms == null ? null : rooms.get(roomId);
        if (r == null || r.isFull()) {
            return false;
        }
        r.players.add(p);
        return true;
    }

    public Optional<Room> quickMatch(Player p) {
        Room best = null;
        for (Room r : rooms != null ? rooms.values() : List.<Room>of()) {
            if (!r.isFull() && (best == null
                    || Math.abs(r.averageRating() - p.rating()) < Math.abs(best.averageRating() - p.rating()))) {
                best = r;
            }
        }
        if (best == null) {
            best = openRoom(4);
        }
        best.players.add(p);
        return Optional.of(best);
    }

    public int roomCount() {
        return rooms == null ? 0 : rooms.size();
    }

    public int playerCount() {
        return rooms == null ? 0 : rooms.values().stream().mapToInt(r -> r.players.size()).sum();
    }

    public List<String> roomIds() {
        return rooms != null ? List.copyOf(rooms.keySet()) : List.of();
    }

    public boolean closeRoom(String id) {
        boolean removed = rooms != null && rooms.remove(id) != null;
        if (removed && rooms.isEmpty()) {
            rooms = null;
        }
        return removed;
    }

    public void closeAll() {
        rooms = null;
    }

    public static void main(String[] args) {
        D05GameLobbyServer lobby = new D05GameLobbyServer("eu");
        System.out.println(lobby.roomCount() + " " + lobby.playerCount() + " " + lobby.roomIds());
        System.out.println(lobby.join("eu-1", new Player("ann", 1500)) + " " + lobby.closeRoom("eu-1"));
        System.out.println(lobby.quickMatch(new Player("ann", 1500)).orElseThrow());
        Room r2 = lobby.openRoom(2);
        System.out.println(lobby.join(r2.id, new Player("bob", 900)) + " " + lobby.join(r2.id, new Player("cy", 950))
                + " " + lobby.join(r2.id, new Player("dee", 1000)));
        System.out.println(lobby.quickMatch(new Player("eve", 1400)).orElseThrow() + " " + lobby.roomIds());
        System.out.println(lobby.playerCount() + " " + lobby.closeRoom(r2.id) + " " + lobby.closeRoom("eu-1"));
        System.out.println(lobby.roomCount() + " " + lobby.roomIds());
        lobby.openRoom(8);
        lobby.closeAll();
        System.out.println(lobby.roomCount() + " " + lobby.playerCount());
    }
}
