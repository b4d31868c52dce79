package probe19;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Game leaderboard that can be iterated in rank order while scores keep changing. */
public class M35Leaderboard implements Iterable<String> {
    private Map<String, Integer> scores;

    public void addPoints(String player, int points) {
        if (scores == null) {
            scores = new HashMap<>();
        }
        scores.merge(player, points, Integer::sum);
    }

    public int scoreOf(String player) {
        Map<String, Integer> current = scores;
        return current == null ? 0 : current.getOrDefault(player, 0);
    }

    public Comparator<String> byScoreDescending() {
        return new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                int diff = Integer.compare(scoreOf(b), scoreOf(a));
                return diff != 0 ? diff : a.compareTo(b);
            }
        };
    }

    @Override
    public Iterator<String> iterator() {
        final List<String> ranked = scores == null ? new ArrayList<>() : new ArrayList<>(scores.keySet());
        ranked.sort(byScoreDescending());
        return new Iterator<String>() {
            private int position;

            @Override
            public boolean hasNext() {
                return position < ranked.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String player = ranked.get(position++);
                return position + ". " + player + " (" + scoreOf(player) + ")";
            }
        };
    }

    public void newSeason() {
        scores = null;
    }

    public static void main(String[] args) {
        M35Leaderboard board = new M35Leaderboard();
        for (String line : board) {
            System.out.println(line);
        }
        System.out.println(board.scoreOf("nobody") + " " + board.byScoreDescending().compare("a", "b"));
        board.addPoints("mira", 30);
        board.addPoints("jon", 45);
        board.addPoints("ada", 30);
        Iterator<String> it = board.iterator();
        System.out.println(it.next());
        board.newSeason();
        while (it.hasNext()) {
            System.out.println(it.next());
        }
        board.addPoints("zed", 1);
        List<String> names = new ArrayList<>(List.of("zed", "jon", "ada"));
        names.sort(board.byScoreDescending());
        System.out.println(names);
        board.forEach(System.out::println);
    }
}
