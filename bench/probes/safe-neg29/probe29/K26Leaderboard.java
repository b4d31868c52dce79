package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Seasonal arcade leaderboard keeping each player's best score. */
public class K26Leaderboard {

    private HashMap<String, Integer> best;
    private int season = 1;

    public boolean submit(String player, int score) {
        if (score < 0) {
            throw new IllegalArgumentException("negative score");
        }
        if (best == null) {
            best = new HashMap<>();
        }
        Integer old = best.get(player);
        if (old != null && old >= score) {
            return false;
        }
        best.put(player, score);
        return true;
    }

    public int bestOf(String player) {
        if (best == null) {
            return 0;
        }
        Integer s = best.get(player);
        if (s == null) {
            return 0;
        }
        return s;
    }

    public int rankOf(String player) {
        if (best == null) {
            return -1;
        }
        if (!best.containsKey(player)) {
            return -1;
        }
        int mine = best.get(player);
        int rank = 1;
        for (int other : best.values()) {
            if (other > mine) {
                rank++;
            }
        }
        return rank;
    }

    public List<String> top(int n) {
        List<String> out = new ArrayList<>();
        if (best == null) {
            return out;
        }
        List<Map.Entry<String, Integer>> all = new ArrayList<>(best.entrySet());
        all.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : all) {
            if (out.size() == n) {
                break;
            }
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }

    public int newSeason() {
        best = null;
        return ++season;
    }

    public static void main(String[] args) {
        K26Leaderboard lb = new K26Leaderboard();
        System.out.println("empty best=" + lb.bestOf("ann") + " rank=" + lb.rankOf("ann") + " top=" + lb.top(3));
        try {
            lb.submit("ann", -5);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println(lb.submit("ann", 500) + " " + lb.submit("ben", 700) + " " + lb.submit("ann", 300) + " "
                + lb.submit("cat", 700) + " " + lb.submit("ann", 900));
        System.out.println("ann best=" + lb.bestOf("ann") + " rank=" + lb.rankOf("ann") + " ben rank="
                + lb.rankOf("ben") + " dan rank=" + lb.rankOf("dan") + " dan best=" + lb.bestOf("dan"));
        System.out.println("top2=" + lb.top(2) + " top10=" + lb.top(10));
        System.out.println("season " + lb.newSeason() + " top=" + lb.top(3) + " ann=" + lb.bestOf("ann")
                + " rank=" + lb.rankOf("ann"));
        lb.submit("dan", 10);
        System.out.println("top=" + lb.top(1));
    }
}
