package probe31;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Event-sourced account ledger with optional periodic snapshots. The snapshot map is paired with
 * snapshotInterval: the map exists exactly when the interval is positive.
 */
public final class I12EventStore {
    public record Event(long version, String type, int delta) {
    }

    private final List<Event> log = new ArrayList<>();
    private int balance;
    private int snapshotInterval;             // 0 = snapshots disabled
    private SortedMap<Long, Integer> snapshots; // non-null iff snapshotInterval > 0

    public Event append(String type, int delta) {
        Event e = new Event(log.size() + 1L, type, delta);
        log.add(e);
        balance += delta;
        if (snapshotInterval > 0 && e.version() % snapshotInterval == 0) {
            snapshots.put(e.version(), balance);
        }
        return e;
    }

    public void enableSnapshots(int interval) {
        if (interval <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (snapshots == null) {
            snapshots = new TreeMap<>();
        }
        snapshotInterval = interval;
    }

    public void disableSnapshots() {
        snapshotInterval = 0;
        snapshots = null;
    }

    public int replayTo(long version) {
        long from = 0;
        int state = 0;
        if (snapshotInterval > 0) {
            SortedMap<Long, Integer> head = snapshots.headMap(version + 1);
            if (!head.isEmpty()) {
                from = head.lastKey();
                state = head.get(from);
            }
        }
        for (Event e : log) {
            if (e.version() > from && e.version() <= version) {
                state += e.delta();
            }
        }
        return state;
    }

    public int balance() {
        return balance;
    }

    public int snapshotCount() {
        return snapshotInterval > 0 ? snapshots.size() : 0;
    }

    public List<Event> events() {
        return List.copyOf(log);
    }

    public static void main(String[] args) {
        I12EventStore store = new I12EventStore();
        store.disableSnapshots();
        if (store.replayTo(10) != 0 || store.snapshotCount() != 0) throw new AssertionError("empty store");
        store.append("deposit", 100);
        store.append("withdraw", -30);
        if (store.replayTo(1) != 100) throw new AssertionError("replay without snapshots");
        store.enableSnapshots(2);
        store.append("deposit", 50);
        store.append("deposit", 5); // version 4 -> snapshot
        if (store.snapshotCount() != 1) throw new AssertionError("snapshot count " + store.snapshotCount());
        if (store.replayTo(4) != 125 || store.replayTo(3) != 120 || store.replayTo(2) != 70) throw new AssertionError("replay");
        store.enableSnapshots(3); // interval change keeps existing snapshots
        store.append("fee", -1);
        store.append("fee", -1); // version 6 -> snapshot
        if (store.snapshotCount() != 2) throw new AssertionError("second snapshot");
        try {
            store.enableSnapshots(0);
            throw new AssertionError("zero interval");
        } catch (IllegalArgumentException expected) {
            // rejected, state unchanged
        }
        store.disableSnapshots();
        store.append("deposit", 1);
        if (store.replayTo(7) != store.balance() || store.snapshotCount() != 0) throw new AssertionError("after disable");
        Event last = store.events().get(6);
        System.out.println("I12 balance=" + store.balance() + " last=" + last.type() + "@" + last.version() + "/" + last.delta());
    }
}
