package probe19b;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders players for a season leaderboard. Scores arrive from the ingest job, so the score
 * table is null until the first ingest. Bonus points can be wiped by an admin reset.
 */
public class Y01LeaderboardSorter {

    private Map<String, Integer> scores;
    private Map<String, Integer> bonus = new HashMap<>();

    /** Tie-breaker kept for the whole season: higher bonus first. */
    private final Comparator<String> byBonus =
            (a, b) -> Integer.compare(bonus.getOrDefault(b, 0), bonus.getOrDefault(a, 0)); // BUG

    void ingest(Map<String, Integer> latest) {
        scores = new HashMap<>(latest);
    }

    void awardBonus(String player, int points) {
        if (bonus == null) {
            bonus = new HashMap<>();
        }
        bonus.merge(player, points, Integer::sum);
    }

    /** Admin "reset bonuses" button. awardBonus re-creates the table when needed. */
    void resetBonuses() {
        bonus = null;
    }

    /** Leaderboard page: alphabetical order while the scores are still loading. */
    List<String> ranked(List<String> players) {
        List<String> out = new ArrayList<>(players);
        if (scores == null) {
            out.sort(Comparator.naturalOrder());
            return out;
        }
        out.sort(new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(scores.getOrDefault(b, 0), scores.getOrDefault(a, 0));
            }
        });
        return out;
    }

    /** Weekly e-mail digest: copied the page's ordering but not the loading check. */
    List<String> digestOrder(List<String> players) {
        List<String> out = new ArrayList<>(players);
        out.sort(new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                int byScore = Integer.compare(scores.getOrDefault(b, 0), scores.getOrDefault(a, 0)); // BUG
                return byScore != 0 ? byScore : a.compareTo(b);
            }
        });
        return out;
    }

    /** Final standings: score first, then the season-long bonus tie-breaker. */
    List<String> standings(List<String> players) {
        List<String> out = new ArrayList<>(players);
        if (scores == null) {
            return out;
        }
        Comparator<String> byScore =
                (a, b) -> Integer.compare(scores.getOrDefault(b, 0), scores.getOrDefault(a, 0));
        out.sort(byScore.thenComparing(byBonus));
        return out;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y01LeaderboardSorter.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y01LeaderboardSorter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        List<String> players = List.of("mika", "ana", "zoe");
        Y01LeaderboardSorter board = new Y01LeaderboardSorter();
        System.out.println("loading: " + board.ranked(players) + " " + board.standings(players));
        board.ingest(Map.of("mika", 30, "ana", 50, "zoe", 30));
        board.awardBonus("zoe", 5);
        System.out.println("ranked: " + board.ranked(players) + " standings: " + board.standings(players));
        board.resetBonuses();
        board.awardBonus("mika", 2);
        System.out.println("after reset+award: " + board.standings(players));

        prove(20, () -> {
            Y01LeaderboardSorter season = new Y01LeaderboardSorter();
            season.ingest(Map.of("mika", 30, "ana", 50, "zoe", 30));
            season.resetBonuses();
            System.out.println(season.standings(players));
        });
        prove(60, () -> System.out.println(new Y01LeaderboardSorter().digestOrder(players)));
    }
}
