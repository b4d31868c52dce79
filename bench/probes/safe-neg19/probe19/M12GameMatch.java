package probe19;

import java.util.EnumMap;
import java.util.Map;

/** Scoreboard for a two-team arena match driven by a tick counter. */
public class M12GameMatch {
    public enum Team { RED, BLUE }

    private static final int NOT_STARTED = -1;
    private final int tickLimit;
    private int tick = NOT_STARTED;
    private EnumMap<Team, Integer> scores;
    private EnumMap<Team, Integer> lastScores;

    public M12GameMatch(int tickLimit) {
        this.tickLimit = tickLimit;
    }

    public void startMatch() {
        scores = new EnumMap<>(Team.class);
        for (Team t : Team.values()) {
            scores.put(t, 0);
        }
        tick = 0;
    }

    public boolean score(Team team, int points) {
        if (tick == NOT_STARTED) {
            return false;
        }
        scores.merge(team, points, Integer::sum);
        return true;
    }

    public void advance() {
        if (tick == NOT_STARTED) {
            return;
        }
        tick++;
        if (tick >= tickLimit) {
            endMatch();
        }
    }

    public String leader() {
        if (tick == NOT_STARTED) {
            return lastScores == null ? "no match played" : "final " + lastScores;
        }
        int red = scores.get(Team.RED);
        int blue = scores.get(Team.BLUE);
        return red == blue ? "tied" : (red > blue ? Team.RED : Team.BLUE) + " leads";
    }

    public Map<Team, Integer> standings() {
        if (tick != NOT_STARTED) {
            return new EnumMap<>(scores);
        }
        return lastScores == null ? Map.of() : new EnumMap<>(lastScores);
    }

    public void endMatch() {
        if (tick == NOT_STARTED) {
            return;
        }
        tick = NOT_STARTED;
        lastScores = scores;
        scores = null;
    }

    public static void main(String[] args) {
        M12GameMatch match = new M12GameMatch(3);
        System.out.println(match.leader() + " " + match.score(Team.RED, 1) + " " + match.standings());
        match.advance();
        match.endMatch();
        match.startMatch();
        match.score(Team.BLUE, 2);
        match.advance();
        System.out.println(match.leader() + " " + match.standings());
        match.score(Team.RED, 5);
        match.advance();
        match.advance();
        System.out.println(match.leader() + " " + match.score(Team.RED, 1));
        match.endMatch();
        match.startMatch();
        match.startMatch();
        System.out.println(match.leader() + " " + match.standings());
    }
}
