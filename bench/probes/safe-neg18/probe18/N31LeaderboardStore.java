package probe18;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Score store behind a game leaderboard; the iteration order of the backing map is configurable. */
public final class N31LeaderboardStore {

    public enum Ordering { BY_NAME, BY_INSERTION, UNORDERED, CONCURRENT }

    private Map<String, Integer> scores;
    private Ordering ordering;

    public N31LeaderboardStore(Ordering ordering) {
        this.ordering = ordering;
        this.scores = newMap(ordering);
    }

    private static Map<String, Integer> newMap(Ordering ordering) {
        return switch (ordering) {
            case BY_NAME -> new TreeMap<>();
            case BY_INSERTION -> new LinkedHashMap<>();
            case UNORDERED -> new HashMap<>();
            case CONCURRENT -> new ConcurrentHashMap<>();
        };
    }

    public void reorder(Ordering next) {
        Map<String, Integer> replacement = switch (next) {
            case BY_NAME -> new TreeMap<>(scores);
            case BY_INSERTION -> new LinkedHashMap<>(scores);
            default -> {
                Map<String, Integer> m = newMap(next);
                m.putAll(scores);
                yield m;
            }
        };
        scores = replacement;
        ordering = next;
    }

    public int submit(String player, int points) {
        return scores.merge(player, points, Math::max);
    }

    public int best(String player) {
        return scores.getOrDefault(player, 0);
    }

    public String dump() {
        StringBuilder sb = new StringBuilder(ordering.name()).append(':');
        scores.forEach((p, s) -> sb.append(' ').append(p).append('=').append(s));
        return sb.toString();
    }

    public static void main(String[] args) {
        N31LeaderboardStore store = new N31LeaderboardStore(Ordering.BY_INSERTION);
        System.out.println(store.best("nobody") + " " + store.dump());
        store.submit("zed", 10);
        store.submit("amy", 30);
        store.submit("zed", 5);
        System.out.println(store.dump());
        for (Ordering o : Ordering.values()) {
            store.reorder(o);
            store.submit("mid", 20);
        }
        System.out.println(store.best("zed") + " " + store.best("mid"));
        store.reorder(Ordering.BY_NAME);
        System.out.println(store.dump());
        System.out.println(new N31LeaderboardStore(Ordering.CONCURRENT).dump());
    }
}
