package probe38;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Match scoreboard of a game server. During a match the scores live in a
 * LinkedHashMap (join order); between matches the field is null. Readers use
 * a type pattern {@code scores instanceof LinkedHashMap<String, Integer> board},
 * which is false for null. Single-threaded (game-loop thread).
 */
public final class SH10ScoreBoard {

    private Map<String, Integer> scores; // LinkedHashMap during a match, null otherwise
    private final List<String> history = new ArrayList<>();

    public void startMatch(List<String> players) {
        if (scores instanceof LinkedHashMap<String, Integer> running) {
            throw new IllegalStateException("match in progress with " + running.size() + " players");
        }
        if (players == null || players.isEmpty()) {
            throw new IllegalArgumentException("players");
        }
        Map<String, Integer> board = new LinkedHashMap<>();
        for (String p : players) {
            if (p == null) {
                throw new IllegalArgumentException("null player");
            }
            board.put(p, 0);
        }
        scores = board;
    }

    public void addPoints(String player, int points) {
        if (scores instanceof LinkedHashMap<String, Integer> board) {
            if (!board.containsKey(player)) {
                throw new IllegalArgumentException("not in match: " + player);
            }
            board.merge(player, points, Integer::sum);
            return;
        }
        throw new IllegalStateException("no match in progress");
    }

    public int score(String player) {
        if (scores instanceof LinkedHashMap<String, Integer> board) {
            Integer s = board.get(player);
            return s == null ? 0 : s;
        }
        return 0;
    }

    public Optional<String> leader() {
        if (scores instanceof LinkedHashMap<String, Integer> board) {
            String best = null;
            int bestScore = Integer.MIN_VALUE;
            for (Map.Entry<String, Integer> e : board.entrySet()) {
                if (best == null || e.getValue() > bestScore) {
                    best = e.getKey();
                    bestScore = e.getValue();
                }
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    public String endMatch() {
        if (!(scores instanceof LinkedHashMap<String, Integer> board)) {
            throw new IllegalStateException("no match in progress");
        }
        String summary = board.toString();
        history.add(summary);
        scores = null;
        return summary;
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public static void main(String[] args) {
        SH10ScoreBoard sb = new SH10ScoreBoard();
        // phase 1: before the map exists
        check(sb.score("ann") == 0 && sb.leader().isEmpty(), "no match");
        expect(IllegalStateException.class, () -> sb.addPoints("ann", 1));
        expect(IllegalStateException.class, sb::endMatch);
        // phase 2: while it exists
        sb.startMatch(List.of("ann", "bob", "cid"));
        expect(IllegalStateException.class, () -> sb.startMatch(List.of("x")));
        sb.addPoints("bob", 5);
        sb.addPoints("ann", 3);
        sb.addPoints("bob", -1);
        check(sb.score("bob") == 4 && sb.score("zed") == 0, "scores");
        check("bob".equals(sb.leader().orElse("")), "leader");
        expect(IllegalArgumentException.class, () -> sb.addPoints("zed", 1));
        // phase 3: after it is dropped (twice)
        check("{ann=3, bob=4, cid=0}".equals(sb.endMatch()), "summary");
        expect(IllegalStateException.class, sb::endMatch);
        expect(IllegalStateException.class, () -> sb.addPoints("bob", 1));
        check(sb.leader().isEmpty() && sb.score("bob") == 0, "cleared");
        // phase 4: created again
        sb.startMatch(List.of("dee"));
        sb.addPoints("dee", 7);
        check(sb.score("dee") == 7 && "dee".equals(sb.leader().orElse("")), "second match");
        sb.endMatch();
        System.out.println("SH10ScoreBoard OK " + sb.history());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
