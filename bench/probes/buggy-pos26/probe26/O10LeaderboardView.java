package probe26;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class O10LeaderboardView {

    private final List<String> roster = new ArrayList<>();
    private Map<String, Integer> scores = new HashMap<>();
    private Map<String, String> displayNames = new HashMap<>();
    private final Comparator<String> byScore = (a, b) -> Integer.compare(scores.get(b), scores.get(a));
    private String selected;
    private int renders;

    public void addPlayer(String id, String displayName, int score) {
        roster.add(id);
        scores.put(id, score);
        displayNames.put(id, displayName);
    }

    public int scoreOf(String id) {
        return scores == null ? 0 : scores.getOrDefault(id, 0);
    }

    public boolean select(String id) {
        if (scores != null && scores.containsKey(id)) {
            selected = id;
            return true;
        }
        return false;
    }

    public List<String> render(int top) {
        renders++;
        return roster.stream()
                .sorted(byScore)
                .limit(top)
                .map(id -> (id.equals(selected) ? "> " : "  ") + displayNames.getOrDefault(id, id) + " " + scores.get(id))
                .collect(Collectors.toList());
    }

    public String statusLine() {
        if (scores == null) {
            return "no match loaded";
        }
        return roster.size() + " players, " + renders + " renders";
    }

    public void reset() {
        scores = null;
        displayNames = null;
        selected = null;
    }

    public void restore(Map<String, Integer> newScores, Map<String, String> names) {
        scores = new HashMap<>(newScores);
        displayNames = new HashMap<>(names);
    }

    public void refreshScores(Map<String, Integer> newScores) {
        scores = new HashMap<>(newScores);
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O10LeaderboardView.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O10LeaderboardView.java:" + line + " OK");
        } else {
            System.out.println("MISS O10LeaderboardView.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O10LeaderboardView view = new O10LeaderboardView();
        view.addPlayer("p1", "Ann", 30);
        view.addPlayer("p2", "Bob", 50);
        view.addPlayer("p3", "Cid", 10);
        view.select("p1");
        List<String> board = view.render(2);
        if (!board.equals(List.of("  Bob 50", "> Ann 30")) || view.scoreOf("p3") != 10) {
            throw new IllegalStateException("board " + board);
        }
        view.reset();
        if (view.select("p1") || view.scoreOf("p1") != 0 || !view.statusLine().equals("no match loaded")) {
            throw new IllegalStateException("reset");
        }
        view.restore(Map.of("p1", 5, "p2", 1, "p3", 9), Map.of("p1", "Ann", "p2", "Bob", "p3", "Cid"));
        if (!view.render(1).equals(List.of("  Cid 9")) || !view.statusLine().startsWith("3 players")) {
            throw new IllegalStateException("restore");
        }
        view.refreshScores(Map.of("p1", 6, "p2", 2, "p3", 1));
        if (!view.render(3).get(0).equals("  Ann 6")) {
            throw new IllegalStateException("refresh");
        }

        expectNpe(15, () -> {
            O10LeaderboardView v = new O10LeaderboardView();
            v.addPlayer("a", "A", 1);
            v.addPlayer("b", "B", 2);
            v.reset();
            v.render(5);
        });
        expectNpe(42, () -> {
            O10LeaderboardView v = new O10LeaderboardView();
            v.addPlayer("a", "A", 1);
            v.addPlayer("b", "B", 2);
            v.reset();
            v.refreshScores(Map.of("a", 4, "b", 3));
            v.render(5);
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
