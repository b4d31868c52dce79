package probe19;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Price-level order book for one instrument with trading halts. */
public final class M32OrderBook {
    private NavigableMap<Long, Long> bids;
    private NavigableMap<Long, Long> asks;
    private boolean halted;
    private long tradedVolume;

    public M32OrderBook() {
        resume();
    }

    public void resume() {
        if (bids == null) {
            bids = new TreeMap<>(Collections.reverseOrder());
            asks = new TreeMap<>();
        }
        halted = false;
    }

    public void halt(boolean clearBook) {
        halted = true;
        if (clearBook) {
            bids = null;
            asks = null;
        }
    }

    public long submit(boolean buy, long price, long quantity) {
        if (halted) {
            return 0;
        }
        NavigableMap<Long, Long> opposite = buy ? asks : bids;
        long remaining = quantity;
        while (remaining > 0 && !opposite.isEmpty()) {
            Map.Entry<Long, Long> best = opposite.firstEntry();
            boolean crosses = buy ? best.getKey() <= price : best.getKey() >= price;
            if (!crosses) {
                break;
            }
            long fill = Math.min(remaining, best.getValue());
            remaining -= fill;
            tradedVolume += fill;
            if (fill == best.getValue()) {
                opposite.pollFirstEntry();
            } else {
                opposite.put(best.getKey(), best.getValue() - fill);
            }
        }
        if (remaining > 0) {
            (buy ? bids : asks).merge(price, remaining, Long::sum);
        }
        return quantity - remaining;
    }

    public String topOfBook() {
        if (halted) {
            return "HALTED";
        }
        String bid = bids.isEmpty() ? "-" : bids.firstKey() + "x" + bids.firstEntry().getValue();
        String ask = asks.isEmpty() ? "-" : asks.firstKey() + "x" + asks.firstEntry().getValue();
        return bid + " / " + ask;
    }

    public long tradedVolume() {
        return tradedVolume;
    }

    public static void main(String[] args) {
        M32OrderBook book = new M32OrderBook();
        System.out.println(book.topOfBook());
        book.submit(false, 101, 10);
        book.submit(false, 102, 5);
        book.submit(true, 99, 7);
        System.out.println(book.topOfBook() + " filled=" + book.submit(true, 102, 12) + " " + book.topOfBook());
        book.halt(false);
        System.out.println(book.submit(true, 200, 1) + " " + book.topOfBook());
        book.resume();
        System.out.println(book.topOfBook());
        book.halt(true);
        book.halt(true);
        book.halt(false);
        System.out.println(book.topOfBook() + " " + book.submit(false, 1, 1));
        book.resume();
        book.resume();
        System.out.println(book.submit(false, 50, 3) + " " + book.topOfBook() + " volume=" + book.tradedVolume());
    }
}
