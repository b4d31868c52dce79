package probe27;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scoreboard whose storage is null (disabled), a HashMap (fast mode) or a TreeMap (ordered mode).
 * Every access dispatches with type patterns, which are false for null.
 */
public final class F36ScoreBoard {
    private Map<String, Integer> scores; // null = disabled

    public void useHashing() {
        Map<String, Integer> next = new HashMap<>();
        if (scores instanceof AbstractMap<String, Integer> current) next.putAll(current);
        scores = next;
    }

    public void useOrdering() {
        Map<String, Integer> next = new TreeMap<>();
        if (scores instanceof AbstractMap<String, Integer> current) next.putAll(current);
        scores = next;
    }

    public void disable() { scores = null; }

    public void add(String player, int points) {
        if (scores instanceof TreeMap<String, Integer> t) {
            t.merge(player, points, Integer::sum);
        } else if (scores instanceof HashMap<String, Integer> h) {
            h.merge(player, points, Integer::sum);
        }
        // disabled: points are dropped
    }

    public int score(String player) {
        return scores instanceof AbstractMap<String, Integer> m ? m.getOrDefault(player, 0) : 0;
    }

    public String firstPlayerAlphabetically() {
        if (scores instanceof SortedMap<String, Integer> s && !s.isEmpty()) return s.firstKey();
        if (scores instanceof HashMap<String, Integer> h && !h.isEmpty()) return new TreeMap<>(h).firstKey();
        return null;
    }

    public String leader() {
        if (!(scores instanceof AbstractMap<String, Integer> m) || m.isEmpty()) return null;
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    public String mode() {
        if (scores instanceof TreeMap<String, Integer>) return "ordered";
        if (scores instanceof HashMap<String, Integer>) return "hashed";
        return "disabled";
    }

    public static void main(String[] args) {
        F36ScoreBoard board = new F36ScoreBoard();
        assert board.mode().equals("disabled") && board.score("ann") == 0;
        board.add("ann", 10);
        assert board.score("ann") == 0 && board.leader() == null && board.firstPlayerAlphabetically() == null;

        board.useHashing();
        assert board.mode().equals("hashed") && board.leader() == null && board.firstPlayerAlphabetically() == null;
        board.add("zoe", 7);
        board.add("bob", 7);
        board.add("zoe", 1);
        assert board.score("zoe") == 8 && board.leader().equals("zoe") && board.firstPlayerAlphabetically().equals("bob");

        board.useOrdering();
        assert board.mode().equals("ordered") && board.score("zoe") == 8 && board.score("bob") == 7;
        board.add("bob", 5);
        assert board.leader().equals("bob") && board.firstPlayerAlphabetically().equals("bob");

        board.disable();
        board.add("bob", 100);
        assert board.score("bob") == 0 && board.leader() == null && board.mode().equals("disabled");
        board.useOrdering();
        assert board.score("bob") == 0 && board.firstPlayerAlphabetically() == null : "state was discarded";
        board.useHashing();
        board.add("amy", 1);
        assert board.leader().equals("amy");
        System.out.println("F36 ok");
    }
}
