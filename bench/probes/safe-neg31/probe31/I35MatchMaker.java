package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Game-server matchmaking queue: pairs players with close ratings; closing releases the queue. */
public final class I35MatchMaker implements AutoCloseable {
    private final AtomicBoolean closed = new AtomicBoolean();
    private ConcurrentMap<String, Integer> queue = new ConcurrentHashMap<>(); // player -> rating; null once closed

    public synchronized void enqueue(String player, int rating) {
        if (player == null) {
            throw new IllegalArgumentException("player is required");
        }
        if (queue == null) {
            throw new IllegalStateException("matchmaker is closed");
        }
        queue.put(player, rating);
    }

    public synchronized boolean cancel(String player) {
        if (queue == null || player == null) {
            return false;
        }
        return queue.remove(player) != null;
    }

    public synchronized Optional<List<String>> matchPair(int tolerance) {
        if (queue == null || queue.size() < 2) {
            return Optional.empty();
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(queue.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Map.Entry<String, Integer> a = sorted.get(i);
            Map.Entry<String, Integer> b = sorted.get(i + 1);
            if (b.getValue() - a.getValue() <= tolerance) {
                queue.remove(a.getKey());
                queue.remove(b.getKey());
                return Optional.of(List.of(a.getKey(), b.getKey()));
            }
        }
        return Optional.empty();
    }

    public synchronized int waiting() {
        return queue == null ? 0 : queue.size();
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            synchronized (this) {
                queue = null;
            }
        }
    }

    public static void main(String[] args) {
        I35MatchMaker mm = new I35MatchMaker();
        if (mm.matchPair(100).isPresent() || mm.cancel("nobody") || mm.waiting() != 0) throw new AssertionError("empty");
        mm.enqueue("ann", 1500);
        mm.enqueue("bob", 1900);
        mm.enqueue("cid", 1540);
        mm.enqueue("dan", 2400);
        List<String> pair = mm.matchPair(50).orElseThrow();
        if (!pair.equals(List.of("ann", "cid")) || mm.waiting() != 2) throw new AssertionError("pair " + pair);
        if (mm.matchPair(100).isPresent()) throw new AssertionError("no close pair left");
        if (!mm.cancel("dan") || mm.cancel("dan") || mm.cancel(null)) throw new AssertionError("cancel");
        try {
            mm.enqueue(null, 1);
            throw new AssertionError("null player");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        try (I35MatchMaker m = mm) {
            m.enqueue("eve", 1880);
        }
        mm.close();
        if (!mm.isClosed() || mm.waiting() != 0 || mm.matchPair(1000).isPresent() || mm.cancel("bob")) throw new AssertionError("closed");
        try {
            mm.enqueue("fay", 1000);
            throw new AssertionError("enqueue after close");
        } catch (IllegalStateException expected) {
            // closed
        }
        System.out.println("I35 matched " + pair + " closed=" + mm.isClosed());
    }
}
