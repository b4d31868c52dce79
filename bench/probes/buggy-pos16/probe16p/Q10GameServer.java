package probe16p;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

public class Q10GameServer {

    enum GameMode { DEATHMATCH, CAPTURE_THE_FLAG, COOP }

    private final Map<String, Integer> deathmatchScores = new HashMap<>();
    private final Map<String, Integer> captureScores = new HashMap<>();
    private final EnumMap<GameMode, Integer> matchesPlayed = new EnumMap<>(GameMode.class);

    private Map<String, Integer> scoreboardFor(GameMode mode) {
        switch (mode) {
            case DEATHMATCH:
                return deathmatchScores;
            case CAPTURE_THE_FLAG:
                return captureScores;
            default:
                return null;
        }
    }

    public void startMatch(GameMode mode) {
        matchesPlayed.merge(mode, 1, Integer::sum);
    }

    public void recordKill(GameMode mode, String player) {
        scoreboardFor(mode).merge(player, 1, Integer::sum); // BUG
    }

    public String leader(GameMode mode) {
        Map<String, Integer> board = scoreboardFor(mode);
        String best = null;
        for (Map.Entry<String, Integer> entry : board.entrySet()) { // BUG
            if (best == null || entry.getValue() > board.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    public int score(GameMode mode, String player) {
        Map<String, Integer> board = scoreboardFor(mode);
        return board == null ? 0 : board.getOrDefault(player, 0);
    }

    public static void main(String[] args) {
        Q10GameServer server = new Q10GameServer();
        server.startMatch(GameMode.DEATHMATCH);
        server.recordKill(GameMode.DEATHMATCH, "neo");
        server.recordKill(GameMode.DEATHMATCH, "neo");
        server.recordKill(GameMode.DEATHMATCH, "trinity");
        System.out.println("leader = " + server.leader(GameMode.DEATHMATCH)
                + ", coop score = " + server.score(GameMode.COOP, "neo"));

        server.startMatch(GameMode.COOP);
        prove("kill in coop match", () -> server.recordKill(GameMode.COOP, "morpheus"));
        prove("leader of coop match", () -> server.leader(GameMode.COOP));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
