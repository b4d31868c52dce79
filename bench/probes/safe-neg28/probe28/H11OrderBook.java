package probe28;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Single-instrument limit order book for a trading simulator. Both sides of
 * the book only exist while the trading session is open.
 */
public class H11OrderBook {
    private final String symbol;
    private NavigableMap<Long, Long> bids; // price -> quantity; null outside session
    private NavigableMap<Long, Long> asks; // price -> quantity; null outside session
    private long tradedVolume;

    public H11OrderBook(String symbol) {
        this.symbol = symbol;
    }

    public void openSession() {
        bids = new TreeMap<>(Collections.reverseOrder());
        asks = new TreeMap<>();
    }

    public void closeSession() {
        bids = null;
        asks = null;
    }

    public boolean bid(long price, long qty) {
        if (bids == null) {
            return false;
        }
        bids.merge(price, qty, Long::sum);
        return true;
    }

    public boolean ask(long price, long qty) {
        if (asks == null) {
            return false;
        }
        asks.merge(price, qty, Long::sum);
        return true;
    }

    public OptionalLong bestBid() {
        return bids == null || bids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(bids.firstKey());
    }

    public OptionalLong bestAsk() {
        return asks == null || asks.isEmpty() ? OptionalLong.empty() : OptionalLong.of(asks.firstKey());
    }

    public OptionalLong spread() {
        OptionalLong b = bestBid();
        OptionalLong a = bestAsk();
        return b.isPresent() && a.isPresent() ? OptionalLong.of(a.getAsLong() - b.getAsLong()) : OptionalLong.empty();
    }

    /** Crosses the book while the best bid meets the best ask. */
    public long match() {
        if (bids == null || asks == null) {
            return 0;
        }
        long filled = 0;
        while (true) {
            Map.Entry<Long, Long> best = bids.firstEntry();
            Map.Entry<Long, Long> offer = asks.firstEntry();
            if (best == null || offer == null || best.getKey() < offer.getKey()) {
                break;
            }
            long q = Math.min(best.getValue(), offer.getValue());
            reduce(bids, best, q);
            reduce(asks, offer, q);
            filled += q;
        }
        tradedVolume += filled;
        return filled;
    }

    private static void reduce(NavigableMap<Long, Long> side, Map.Entry<Long, Long> level, long q) {
        long left = level.getValue() - q;
        if (left == 0) {
            side.remove(level.getKey());
        } else {
            side.put(level.getKey(), left);
        }
    }

    public int levels() {
        return (bids == null ? 0 : bids.size()) + (asks == null ? 0 : asks.size());
    }

    public String tape() {
        return symbol + " volume=" + tradedVolume;
    }

    public static void main(String[] args) {
        H11OrderBook book = new H11OrderBook("ACME");
        assert !book.bid(100, 5);
        assert !book.ask(101, 5);
        assert book.bestBid().isEmpty();
        assert book.spread().isEmpty();
        assert book.match() == 0;
        assert book.levels() == 0;
        book.openSession();
        assert book.spread().isEmpty();
        assert book.bid(100, 5) && book.bid(99, 10) && book.ask(102, 3) && book.ask(101, 4);
        assert book.bestBid().getAsLong() == 100;
        assert book.bestAsk().getAsLong() == 101;
        assert book.spread().getAsLong() == 1;
        assert book.match() == 0;
        assert book.bid(102, 6);
        assert book.match() == 6 : "crossing fill";
        assert book.bestAsk().getAsLong() == 102;
        assert book.levels() == 3;
        book.closeSession();
        assert book.levels() == 0;
        assert book.bestAsk().isEmpty();
        assert book.match() == 0;
        assert book.tape().equals("ACME volume=6");
        System.out.println(book.tape());
    }
}
