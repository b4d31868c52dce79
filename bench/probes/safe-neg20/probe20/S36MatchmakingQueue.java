package probe20;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class S36MatchmakingQueue {
    private static final int CLOSED = -1;

    private int generation = CLOSED;
    private Map<Integer, Deque<String>> buckets;
    private final List<String> matches = new ArrayList<>();

    public void openSeason() {
        generation = generation == CLOSED ? 1 : generation + 1;
        buckets = new HashMap<>();
    }

    public void closeSeason() {
        generation = CLOSED;
        buckets = null;
    }

    private static int bucketOf(int rating) {
        return rating / 200;
    }

    public boolean enqueue(String player, int rating) {
        if (generation == CLOSED) {
            return false;
        }
        Deque<String> q = buckets.computeIfAbsent(bucketOf(rating), b -> new ArrayDeque<>());
        if (!q.isEmpty()) {
            String opponent = q.poll();
            matches.add("g" + generation + ":" + opponent + " vs " + player);
        } else {
            q.add(player);
        }
        return true;
    }

    public int waiting() {
        if (generation < 0) {
            return 0;
        }
        int n = 0;
        for (Deque<String> q : buckets.values()) {
            n += q.size();
        }
        return n;
    }

    public static void main(String[] args) {
        S36MatchmakingQueue mm = new S36MatchmakingQueue();
        System.out.println("enqueue while closed: " + mm.enqueue("early", 1000) + " waiting=" + mm.waiting());
        mm.openSeason();
        mm.enqueue("ann", 1010);
        mm.enqueue("bo", 1450);
        mm.enqueue("cid", 1150);
        mm.enqueue("dee", 1499);
        mm.enqueue("eli", 2000);
        System.out.println("waiting=" + mm.waiting() + " matches=" + mm.matches);
        mm.closeSeason();
        System.out.println("waiting after close=" + mm.waiting() + " enqueue=" + mm.enqueue("fay", 2010));
        mm.openSeason();
        mm.enqueue("gus", 2010);
        mm.enqueue("hal", 2100);
        System.out.println("waiting=" + mm.waiting() + " matches=" + mm.matches);
        mm.closeSeason();
        mm.closeSeason();
        System.out.println("final waiting=" + mm.waiting());
    }
}
