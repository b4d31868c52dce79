package probe21b;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Price ladder of one instrument in a small matching engine; prices are in ticks. */
public class C14PriceLadder {

    private static final String FILE = "C14PriceLadder.java";

    /** Bid quantity by price; {@code null} while the instrument is halted. */
    private NavigableMap<Long, Long> bids;
    /** Ask quantity by price; opened and halted together with {@link #bids}. */
    private NavigableMap<Long, Long> asks;
    private int depth; // bid levels after the last batch

    private NavigableMap<Long, Long> bids() {
        return bids == null ? Collections.emptyNavigableMap() : bids;
    }

    void open() {
        bids = new TreeMap<>();
        asks = new TreeMap<>();
    }

    void halt() {
        bids = null;
        asks = null;
    }

    void ask(long price, long qty) {
        if (asks == null) {
            open();
        }
        asks.merge(price, qty, Long::sum);
    }

    /** Total bid quantity at prices that cross the best ask. */
    long crossingQuantity() {
        long qty = 0;
        for (Map.Entry<Long, Long> level : bids().descendingMap().entrySet()) {
            if (asks.isEmpty() || level.getKey() < asks.firstKey()) {
                break;
            }
            qty += level.getValue();
        }
        return qty;
    }

    long quantityAt(long price) {
        if (bids().containsKey(price)) {
            return bids.get(price);
        }
        return asks.getOrDefault(price, 0L); // BUG
    }

    /** Applies bid updates {price, qty}; a negative quantity is a fat finger and halts trading. */
    void applyBids(long[][] updates) {
        if (bids == null) {
            open();
        }
        try {
            for (long[] u : updates) {
                if (u[1] < 0) {
                    halt();
                    throw new IllegalArgumentException("negative quantity at " + u[0]);
                }
                bids.merge(u[0], u[1], Long::sum);
            }
        } finally {
            depth = bids.size(); // BUG
        }
    }

    /** Cancels all bids at or above the price and returns the cancelled quantity. */
    long cancelFrom(long price) {
        if (bids == null) {
            open();
        }
        long removed = 0;
        try {
            NavigableMap<Long, Long> doomed = bids.tailMap(price, true);
            removed = doomed.values().stream().mapToLong(Long::longValue).sum();
            doomed.clear();
        } finally {
            depth = bids.size();
        }
        return removed;
    }

    public static void main(String[] args) {
        C14PriceLadder ladder = new C14PriceLadder();
        ladder.ask(101, 5);
        ladder.applyBids(new long[][] {{100, 3}, {102, 4}});
        long n = ladder.crossingQuantity() + ladder.quantityAt(100) + ladder.quantityAt(101) + ladder.cancelFrom(102);
        ladder.halt();
        n += ladder.crossingQuantity() + ladder.cancelFrom(50) + ladder.depth;
        System.out.println("safe: " + n);

        prove(FILE, 56, () -> new C14PriceLadder().quantityAt(100));
        prove(FILE, 73, () -> new C14PriceLadder().applyBids(new long[][] {{100, 1}, {99, -1}}));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
