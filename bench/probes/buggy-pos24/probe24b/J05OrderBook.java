package probe24b;

import java.util.NavigableMap;
import java.util.TreeMap;

public class J05OrderBook {

    private final String symbol;
    private NavigableMap<Long, Integer> bids = new TreeMap<>();
    private TreeMap<Long, Integer> asks;
    private boolean halted;

    J05OrderBook(String symbol) { this.symbol = symbol; }

    J05OrderBook(J05OrderBook other, boolean bidsOnly) {
        if (other.halted) throw new IllegalStateException(other.symbol + " is halted");
        this.symbol = other.symbol;
        this.bids = new TreeMap<>(other.bids);
        if (!bidsOnly && other.asks != null) {
            this.asks = new TreeMap<>(other.asks);
        }
    }

    private TreeMap<Long, Integer> asks() {
        if (asks == null) {
            asks = new TreeMap<>();
        }
        return asks;
    }

    void bid(long price, int qty) {
        requireTrading();
        bids.merge(price, qty, Integer::sum);
    }

    void ask(long price, int qty) {
        requireTrading();
        asks().merge(price, qty, Integer::sum);
    }

    private void requireTrading() {
        if (halted) throw new IllegalStateException(symbol + " halted");
    }

    long bestBid() {
        return halted || bids.isEmpty() ? 0L : bids.lastKey();
    }

    long bestAsk() {
        return asks.firstKey(); // BUG
    }

    long bestAskOrZero() {
        return asks().isEmpty() ? 0L : asks().firstKey();
    }

    long spread() {
        long bid = bids.lastKey(); // BUG
        return asks().firstKey() - bid;
    }

    int depth() {
        return halted ? asks().size() : bids.size() + asks().size();
    }

    long totalAskVolume() {
        long total = 0;
        for (int qty : asks.values()) { // BUG
            total += qty;
        }
        return total;
    }

    long totalBidVolume() {
        long total = 0;
        if (!halted) {
            for (int qty : bids.values()) total += qty;
        }
        return total;
    }

    void halt() { halted = true; bids = null; }
    void resume() { halted = false; bids = new TreeMap<>(); }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J05OrderBook book = new J05OrderBook("ACME");
        book.bid(100L, 5);
        book.bid(99L, 7);
        book.ask(101L, 3);
        book.ask(103L, 4);
        assert book.bestBid() == 100L && book.bestAsk() == 101L && book.spread() == 1L;
        assert book.totalAskVolume() == 7L && book.totalBidVolume() == 12L && book.depth() == 4;
        J05OrderBook full = new J05OrderBook(book, false);
        assert full.totalAskVolume() == 7L && full.bestAsk() == 101L;
        J05OrderBook bidsOnly = new J05OrderBook(book, true);
        long noAsk = bidsOnly.bestAskOrZero();
        assert noAsk == 0L && bidsOnly.totalBidVolume() == 12L && bidsOnly.totalAskVolume() == 0L;
        book.halt();
        assert book.bestBid() == 0L && book.depth() == 2 && book.totalBidVolume() == 0L;
        book.resume();
        book.bid(98L, 1);
        assert book.spread() == 3L && book.bestAskOrZero() == 101L;

        try {
            new J05OrderBook("THIN").bestAsk();
            missed(50);
        } catch (NullPointerException e) { report(e, 50); }
        try {
            book.halt();
            book.spread();
            missed(58);
        } catch (NullPointerException e) { report(e, 58); }
        try {
            book.resume();
            new J05OrderBook(book, true).totalAskVolume();
            missed(68);
        } catch (NullPointerException e) { report(e, 68); }
    }

    private static final String FILE = "J05OrderBook.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
