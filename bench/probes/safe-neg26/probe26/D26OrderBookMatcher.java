package probe26;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Price-time priority matching engine for one instrument. Each side's price ladder exists
 * only while orders rest on that side: restingBids > 0 implies bids != null (same for asks),
 * and every level in a ladder holds at least one order. Methods test the counters, not the maps.
 */
public final class D26OrderBookMatcher {

    public enum Side { BID, ASK }
    public record Order(long id, Side side, long price, long qty) {}
    public record Trade(long bidId, long askId, long price, long qty) {}

    private NavigableMap<Long, Deque<Order>> bids; // highest price first; null whenever restingBids == 0
    private NavigableMap<Long, Deque<Order>> asks; // lowest price first; null whenever restingAsks == 0
    private int restingBids;
    private int restingAsks;

    public List<Trade> submit(Order o) {
        List<Trade> trades = new ArrayList<>();
        long remaining = o.qty();
        if (o.side() == Side.BID) {
            while (remaining > 0 && restingAsks > 0) {
                Map.Entry<Long, Deque<Order>> best = asks.firstEntry();
                if (best.getKey() > o.price()) {
                    break;
                }
                Order head = best.getValue().pollFirst();
                long fill = Math.min(remaining, head.qty());
                trades.add(new Trade(o.id(), head.id(), head.price(), fill));
                remaining -= fill;
                if (fill < head.qty()) {
                    best.getValue().addFirst(new Order(head.id(), head.side(), head.price(), head.qty() - fill));
                } else if (--restingAsks == 0) {
                    asks = null; // that was the last resting order on this side
                } else if (best.getValue().isEmpty()) {
                    asks.remove(best.getKey());
                }
            }
        } else {
            while (remaining > 0 && restingBids > 0) {
                Map.Entry<Long, Deque<Order>> best = bids.firstEntry();
                if (best.getKey() < o.price()) {
                    break;
                }
                Order head = best.getValue().pollFirst();
                long fill = Math.min(remaining, head.qty());
                trades.add(new Trade(head.id(), o.id(), head.price(), fill));
                remaining -= fill;
                if (fill < head.qty()) {
                    best.getValue().addFirst(new Order(head.id(), head.side(), head.price(), head.qty() - fill));
                } else if (--restingBids == 0) {
                    bids = null; // that was the last resting order on this side
                } else if (best.getValue().isEmpty()) {
                    bids.remove(best.getKey());
                }
            }
        }
        if (remaining > 0) {
            rest(new Order(o.id(), o.side(), o.price(), remaining));
        }
        return trades;
    }

    private void rest(Order o) {
        if (o.side() == Side.BID) {
            if (bids == null) {
                bids = new TreeMap<>(Comparator.reverseOrder());
            }
            bids.computeIfAbsent(o.price(), p -> new ArrayDeque<>()).addLast(o);
            restingBids++;
        } else {
            if (asks == null) {
                asks = new TreeMap<>();
            }
            asks.computeIfAbsent(o.price(), p -> new ArrayDeque<>()).addLast(o);
            restingAsks++;
        }
    }

    public boolean cancel(long orderId) {
        if (restingBids > 0 && removeFrom(bids, orderId)) {
            bids = --restingBids == 0 ? null : bids;
            return true;
        }
        if (restingAsks > 0 && removeFrom(asks, orderId)) {
            asks = --restingAsks == 0 ? null : asks;
            return true;
        }
        return false;
    }

    /** Removes exactly one order with the given id, dropping its level if that empties it. */
    private static boolean removeFrom(NavigableMap<Long, Deque<Order>> ladder, long orderId) {
        for (Iterator<Deque<Order>> levels = ladder.values().iterator(); levels.hasNext(); ) {
            Deque<Order> level = levels.next();
            for (Iterator<Order> it = level.iterator(); it.hasNext(); ) {
                if (it.next().id() == orderId) {
                    it.remove();
                    if (level.isEmpty()) {
                        levels.remove();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    public OptionalLong bestBid() {
        return restingBids == 0 ? OptionalLong.empty() : OptionalLong.of(bids.firstKey());
    }

    public OptionalLong bestAsk() {
        return restingAsks > 0 ? OptionalLong.of(asks.firstKey()) : OptionalLong.empty();
    }

    public int depth() {
        return restingBids + restingAsks;
    }

    public void clear() {
        bids = asks = null;
        restingBids = restingAsks = 0;
    }

    public static void main(String[] args) {
        D26OrderBookMatcher book = new D26OrderBookMatcher();
        System.out.println(book.bestBid() + " " + book.bestAsk() + " " + book.depth() + " " + book.cancel(1)
                + " " + book.submit(new Order(1, Side.ASK, 101, 5)) + " " + book.submit(new Order(2, Side.ASK, 102, 5)));
        System.out.println(book.submit(new Order(3, Side.BID, 100, 4)) + " " + book.bestBid() + "/" + book.bestAsk());
        System.out.println(book.submit(new Order(4, Side.BID, 102, 7)) + " depth=" + book.depth()
                + " " + book.submit(new Order(5, Side.ASK, 99, 20)) + " depth=" + book.depth());
        System.out.println(book.bestBid() + "/" + book.bestAsk() + " cancel5=" + book.cancel(5) + " " + book.bestAsk() + " " + book.cancel(5));
        book.submit(new Order(6, Side.BID, 90, 1));
        book.clear();
        System.out.println(book.depth() + " " + book.bestBid() + " " + book.submit(new Order(7, Side.BID, 90, 1)) + " " + book.cancel(7));
    }
}
