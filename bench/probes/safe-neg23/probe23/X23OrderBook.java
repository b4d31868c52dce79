package probe23;

import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Price-level order book for one instrument. Both sides exist only while trading is open; a halt
 * discards the book. All methods are synchronized on the book.
 */
public final class X23OrderBook {

    private ConcurrentSkipListMap<Long, Long> bids;
    private ConcurrentSkipListMap<Long, Long> asks;

    public synchronized void open() {
        if (bids == null) {
            bids = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        }
        if (asks == null) {
            asks = new ConcurrentSkipListMap<>();
        }
    }

    public synchronized void halt() {
        bids = null;
        asks = null;
    }

    public synchronized boolean bid(long price, long size) {
        if (bids == null || size <= 0) {
            return false;
        }
        bids.merge(price, size, Long::sum);
        return true;
    }

    public synchronized boolean ask(long price, long size) {
        if (asks == null || size <= 0) {
            return false;
        }
        asks.merge(price, size, Long::sum);
        return true;
    }

    public synchronized OptionalLong bestBid() {
        if (bids == null) {
            return OptionalLong.empty();
        }
        Map.Entry<Long, Long> top = bids.firstEntry();
        return top == null ? OptionalLong.empty() : OptionalLong.of(top.getKey());
    }

    public synchronized OptionalLong bestAsk() {
        if (asks == null) {
            return OptionalLong.empty();
        }
        Map.Entry<Long, Long> top = asks.firstEntry();
        return top == null ? OptionalLong.empty() : OptionalLong.of(top.getKey());
    }

    /** Crosses the book while the best bid meets the best ask; returns the traded volume. */
    public synchronized long match() {
        if (bids == null || asks == null) {
            return 0;
        }
        long traded = 0;
        while (!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey()) {
            Map.Entry<Long, Long> bid = bids.pollFirstEntry();
            Map.Entry<Long, Long> ask = asks.pollFirstEntry();
            long qty = Math.min(bid.getValue(), ask.getValue());
            traded += qty;
            if (bid.getValue() > qty) {
                bids.put(bid.getKey(), bid.getValue() - qty);
            }
            if (ask.getValue() > qty) {
                asks.put(ask.getKey(), ask.getValue() - qty);
            }
        }
        return traded;
    }

    @Override
    public synchronized String toString() {
        if (bids == null) {
            return "OrderBook{halted}";
        }
        return "OrderBook{bids=" + bids + ", asks=" + asks + "}";
    }

    public static void main(String[] args) {
        X23OrderBook book = new X23OrderBook();
        System.out.println(book + " bid=" + book.bid(100, 5) + " best=" + book.bestBid() + " match=" + book.match());
        book.open();
        book.bid(100, 5);
        book.bid(101, 2);
        book.ask(102, 3);
        book.ask(100, 4);
        System.out.println(book + " bestBid=" + book.bestBid() + " bestAsk=" + book.bestAsk());
        System.out.println("traded=" + book.match() + " " + book);
        book.halt();
        System.out.println(book + " ask=" + book.ask(99, 1) + " bestAsk=" + book.bestAsk() + " match=" + book.match());
    }
}
