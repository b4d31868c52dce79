package probe17p;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A seasonal leaderboard; endSeason() archives the ranking and nulls the live map. */
public class R18Leaderboard {

    private TreeMap<Integer, List<String>> byScore = new TreeMap<>(Comparator.reverseOrder());
    private final List<TreeMap<Integer, List<String>>> archive = new ArrayList<>();

    public void record(String player, int score) {
        assert score >= 0 : "negative score";
        byScore.computeIfAbsent(score, s -> new ArrayList<>()).add(player); // BUG
    }

    public String leader() {
        Map.Entry<Integer, List<String>> best = byScore.firstEntry(); // BUG
        return best == null ? "nobody" : best.getValue().get(0) + " (" + best.getKey() + ")";
    }

    public List<String> top(int n) {
        List<String> out = new ArrayList<>();
        if (byScore == null) {
            return out;
        }
        for (List<String> players : byScore.values()) {
            for (String p : players) {
                if (out.size() == n) {
                    return out;
                }
                out.add(p);
            }
        }
        return out;
    }

    public void endSeason() {
        archive.add(byScore);
        byScore = null; // new season starts with startSeason()
    }

    public void startSeason() {
        byScore = new TreeMap<>(Comparator.reverseOrder());
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R18Leaderboard.java:" + line;
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
        if (top != null && "R18Leaderboard.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R18Leaderboard board = new R18Leaderboard();
        board.record("ann", 320);
        board.record("ben", 410);
        System.out.println("leader " + board.leader() + ", top2 " + board.top(2));
        board.endSeason();
        System.out.println("between seasons top3 " + board.top(3));
        board.startSeason();

        prove(17, () -> {
            R18Leaderboard b = new R18Leaderboard();
            b.record("cy", 100);
            b.endSeason();
            b.record("dee", 50); // a late match result arrives after the season closed
        });
        prove(21, () -> {
            R18Leaderboard b = new R18Leaderboard();
            b.record("eve", 70);
            b.endSeason();
            System.out.println("champion: " + b.leader());
        });
    }
}
