package probe20;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

public class S12GameLobby {
    private Map<String, Player> players;
    private Map<String, String> teamOf;
    private final int capacity;

    public S12GameLobby(int capacity) {
        this.capacity = capacity;
    }

    public class Player {
        private final String name;
        private int rating;

        Player(String name, int rating) {
            this.name = name;
            this.rating = rating;
        }

        public void joinTeam(String team) {
            if (teamOf == null) {
                teamOf = new HashMap<>();
            }
            teamOf.put(name, team);
        }

        public String team() {
            return teamOf == null ? "unassigned" : teamOf.getOrDefault(name, "unassigned");
        }

        public void leave() {
            if (players != null) {
                players.remove(name);
            }
            if (teamOf != null) {
                teamOf.remove(name);
            }
        }

        @Override
        public String toString() {
            return name + "(" + rating + ", " + team() + ")";
        }
    }

    public Player join(String name, int rating) {
        if (players == null) {
            players = new LinkedHashMap<>();
        }
        if (players.size() >= capacity) {
            return null;
        }
        Player p = new Player(name, rating);
        players.put(name, p);
        return p;
    }

    public void disband() {
        players = null;
        teamOf = null;
    }

    public String roster() {
        return players == null ? "[]" : players.values().toString();
    }

    public static void main(String[] args) {
        S12GameLobby lobby = new S12GameLobby(3);
        System.out.println("roster: " + lobby.roster());
        Player a = lobby.join("ash", 1500);
        Player b = lobby.join("brock", 1320);
        lobby.join("misty", 1610);
        Player overflow = lobby.join("gary", 1700);
        System.out.println("overflow rejected: " + (overflow == null));
        System.out.println("a team before: " + a.team());
        a.joinTeam("red");
        b.joinTeam("blue");
        System.out.println("roster: " + lobby.roster());
        b.leave();
        System.out.println("roster after leave: " + lobby.roster());
        lobby.disband();
        System.out.println("a team after disband: " + a.team());
        a.leave();
        System.out.println("roster: " + lobby.roster());
        a.joinTeam("green");
        System.out.println(a);
    }
}
