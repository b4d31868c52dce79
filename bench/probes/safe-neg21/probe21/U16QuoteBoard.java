package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.locks.StampedLock;

/**
 * Market-data board. Writers replace an immutable snapshot map under a StampedLock write lock;
 * readers use an optimistic read: the field is copied to a local, the stamp is validated
 * (falling back to a real read lock), and only then is the local tested for null and used.
 */
public final class U16QuoteBoard {

    private final StampedLock lock = new StampedLock();
    private Map<String, Double> quotes;
    private long sequence;

    public void publish(Map<String, Double> update) {
        long stamp = lock.writeLock();
        try {
            Map<String, Double> next = quotes == null ? new HashMap<>() : new HashMap<>(quotes);
            update.forEach((symbol, price) -> {
                if (symbol != null && price != null) {
                    next.put(symbol, price);
                }
            });
            quotes = Map.copyOf(next);
            sequence++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public OptionalDouble price(String symbol) {
        long stamp = lock.tryOptimisticRead();
        Map<String, Double> snapshot = quotes;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                snapshot = quotes;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        if (snapshot == null || symbol == null) {
            return OptionalDouble.empty();
        }
        Double p = snapshot.get(symbol);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    public int size() {
        long stamp = lock.readLock();
        try {
            return quotes == null ? 0 : quotes.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Trading halt: all quotes are withdrawn until the next publish. */
    public void halt() {
        long stamp = lock.writeLock();
        try {
            quotes = null;
            sequence++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public long sequence() {
        long stamp = lock.readLock();
        try {
            return sequence;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        U16QuoteBoard board = new U16QuoteBoard();
        System.out.println(board.price("ACME") + " " + board.size());
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                board.publish(Map.of("ACME", 100.0 + i, "INIT", 5.0));
                if (i % 50 == 49) {
                    board.halt();
                }
            }
        });
        feed.start();
        for (int i = 0; i < 200; i++) {
            board.price("ACME");
        }
        feed.join();
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("NULLCO", null);
        withNull.put("ZED", 1.5);
        board.publish(withNull);
        System.out.println(board.price("ZED") + " " + board.price("NULLCO") + " " + board.size() + " seq=" + board.sequence());
    }
}
