package probe18;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Matchmaking lobby for a multiplayer game server; capacity and team layout depend on the mode. */
public final class N15GameLobby {

    public enum Mode { DUEL, TEAM, FREE_FOR_ALL }

    private final Mode mode;
    private final int maxPlayers;
    private Map<String, Integer> teamOf;

    public N15GameLobby(Mode mode) {
        this.mode = mode;
        switch (mode) {
            case DUEL:
                maxPlayers = 2;
                teamOf = new LinkedHashMap<>();
                break;
            case TEAM:
                maxPlayers = 6;
                teamOf = new TreeMap<>();
                break;
            default:
                maxPlayers = 16;
                teamOf = new HashMap<>();
                break;
        }
    }

    public boolean join(String player) {
        if (teamOf.size() >= maxPlayers || teamOf.containsKey(player)) {
            return false;
        }
        int team;
        switch (mode) {
            case DUEL:
            case FREE_FOR_ALL:
                team = teamOf.size();
                break;
            default:
                team = teamOf.size() % 2;
        }
        teamOf.put(player, team);
        return true;
    }

    public boolean leave(String player) {
        return teamOf.remove(player) != null;
    }

    public boolean ready() {
        return mode == Mode.FREE_FOR_ALL ? teamOf.size() >= 2 : teamOf.size() == maxPlayers;
    }

    public String roster() {
        StringBuilder sb = new StringBuilder(mode.name()).append(':');
        teamOf.forEach((p, t) -> sb.append(' ').append(p).append('=').append(t));
        return sb.toString();
    }

    public static void main(String[] args) {
        for (Mode m : Mode.values()) {
            N15GameLobby lobby = new N15GameLobby(m);
            System.out.println("leave before join: " + lobby.leave("ghost") + " ready=" + lobby.ready());
            for (String p : new String[] {"ann", "bo", "cy", "di", "ed", "fay", "gus", "ann"}) {
                lobby.join(p);
            }
            lobby.leave("bo");
            System.out.println(lobby.roster() + " ready=" + lobby.ready());
        }
    }
}
