package probe20b;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Arcade leaderboard. Scores are grouped by value; the map is created by the
 * first submission. Counters summarise the board for the attract screen.
 */
public class A18Leaderboard {

    private static final String FILE = "A18Leaderboard.java";

    private TreeMap<Integer, List<String>> byScore;
    private int seasonSubmissions;   // submissions since the board was last wiped
    private int lifetimeEntries;     // meant to count players currently on the board

    public void submit(String player, int score) {
        if (byScore == null) {
            byScore = new TreeMap<>();
        }
        byScore.computeIfAbsent(score, s -> new ArrayList<>()).add(player);
        seasonSubmissions++;
        lifetimeEntries++;
    }

    /** Wipes the scores at the end of a season. */
    public void newSeason() {
        byScore = null;
        seasonSubmissions = 0;
        lifetimeEntries = 0;
    }

    /** Operator command: wipes scores after a cheating incident. */
    public void wipeScores() {
        byScore = null;
        seasonSubmissions = 0;
    }

    /** Players holding the lowest score. */
    public List<String> bottom() {
        if (seasonSubmissions == 0) {
            return List.of();
        }
        return byScore.firstEntry().getValue();
    }

    /** Players holding the highest score. */
    public List<String> top() {
        if (lifetimeEntries == 0) {
            return List.of();
        }
        return byScore.lastEntry().getValue(); // BUG
    }

    /** Number of distinct scores on the board. */
    public int distinctScores() {
        return lifetimeEntries == 0 ? 0 : byScore.size(); // BUG
    }

    /** Score needed to enter the board's top {@code n} distinct scores. */
    public int cutoff(int n) {
        if (seasonSubmissions == 0) {
            return 0;
        }
        int seen = 0;
        for (int score : byScore.descendingKeySet()) {
            if (++seen == n) {
                return score;
            }
        }
        return byScore.firstKey();
    }

    public static void main(String[] args) {
        A18Leaderboard board = new A18Leaderboard();
        assert board.top().isEmpty() && board.bottom().isEmpty() && board.cutoff(3) == 0;
        board.submit("ann", 900);
        board.submit("bob", 700);
        board.submit("cid", 900);
        assert board.top().equals(List.of("ann", "cid")) && board.bottom().equals(List.of("bob"));
        assert board.distinctScores() == 2 && board.cutoff(2) == 700 && board.cutoff(5) == 700;
        board.newSeason();
        assert board.top().isEmpty() && board.distinctScores() == 0;
        board.submit("dan", 10);
        board.wipeScores();
        assert board.bottom().isEmpty() && board.cutoff(1) == 0;

        prove(54, () -> {
            A18Leaderboard b = new A18Leaderboard();
            b.submit("eve", 5);
            b.wipeScores();
            b.top();
        });
        prove(59, () -> {
            A18Leaderboard b = new A18Leaderboard();
            b.submit("eve", 5);
            b.wipeScores();
            b.distinctScores();
        });
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
