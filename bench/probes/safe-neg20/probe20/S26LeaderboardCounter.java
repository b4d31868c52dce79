package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class S26LeaderboardCounter {
    private HashMap<String, Integer> bestScore;
    private int entries;

    public void submit(String player, int score) {
        if (entries == 0) {
            bestScore = new HashMap<>();
        }
        Integer prev = bestScore.get(player);
        if (prev == null) {
            bestScore.put(player, score);
            entries++;
        } else if (score > prev) {
            bestScore.put(player, score);
        }
    }

    public int best(String player) {
        if (entries == 0) {
            return -1;
        }
        return bestScore.getOrDefault(player, -1);
    }

    public void ban(String player) {
        if (entries > 0 && bestScore.remove(player) != null) {
            entries--;
            if (entries == 0) {
                bestScore = null;
            }
        }
    }

    public List<String> top(int n) {
        List<String> out = new ArrayList<>();
        if (entries < 1) {
            return out;
        }
        List<Map.Entry<String, Integer>> all = new ArrayList<>(bestScore.entrySet());
        all.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            out.add(all.get(i).getKey() + "=" + all.get(i).getValue());
        }
        return out;
    }

    public void seasonReset() {
        bestScore = null;
        entries = 0;
    }

    public static void main(String[] args) {
        S26LeaderboardCounter lb = new S26LeaderboardCounter();
        System.out.println("top before: " + lb.top(3) + " best(zed)=" + lb.best("zed"));
        lb.ban("nobody");
        lb.submit("zed", 400);
        lb.submit("amy", 950);
        lb.submit("zed", 720);
        lb.submit("kim", 300);
        lb.submit("amy", 100);
        System.out.println("top: " + lb.top(2));
        lb.ban("kim");
        lb.ban("zed");
        lb.ban("amy");
        System.out.println("after bans: " + lb.top(5) + " entries=" + lb.entries);
        System.out.println("best(amy)=" + lb.best("amy"));
        lb.submit("new", 10);
        System.out.println("top: " + lb.top(5));
        lb.seasonReset();
        System.out.println("after reset: " + lb.top(5) + " best(new)=" + lb.best("new"));
        lb.ban("new");
        lb.submit("again", 5);
        System.out.println("top: " + lb.top(1));
    }
}
