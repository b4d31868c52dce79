package probe15p;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

public class P18Leaderboard {
    private final String season;
    private LinkedHashMap<String, Integer> scores;
    private List<String> frozenRanking;

    private P18Leaderboard(String season, LinkedHashMap<String, Integer> scores, List<String> frozenRanking) {
        this.season = season;
        this.scores = scores;
        this.frozenRanking = frozenRanking;
    }

    public static P18Leaderboard live(String season) {
        return new P18Leaderboard(season, new LinkedHashMap<>(), null);
    }

    public static P18Leaderboard archived(String season, List<String> finalRanking) {
        return new P18Leaderboard(season, null, List.copyOf(finalRanking));
    }

    public void record(String player, int points) {
        if (frozenRanking != null) throw new IllegalStateException("season " + season + " is archived");
        scores.merge(player, points, Integer::sum);
    }

    public List<String> ranking() {
        if (frozenRanking != null) return frozenRanking;
        List<String> players = new ArrayList<>(scores.keySet());
        players.sort(Comparator.comparing((String p) -> scores.get(p)).reversed());
        return players;
    }

    public P18Leaderboard archive() {
        return archived(season, ranking());
    }

    public int scoreOf(String player) {
        return scores.getOrDefault(player, 0); // BUG
    }

    public void resetSeason() {
        scores.clear(); // BUG
        frozenRanking = null;
    }

    public static void main(String[] args) {
        P18Leaderboard spring = live("2024-spring");
        spring.record("kira", 120);
        spring.record("moe", 90);
        spring.record("moe", 80);
        System.out.println(spring.ranking() + " moe=" + spring.scoreOf("moe"));
        P18Leaderboard hallOfFame = spring.archive();
        spring.resetSeason();
        System.out.println("archived=" + hallOfFame.ranking() + " live after reset=" + spring.ranking());
        try {
            hallOfFame.record("kira", 5);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
        }
        prove(() -> hallOfFame.scoreOf("kira"));
        prove(() -> hallOfFame.resetSeason());
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
