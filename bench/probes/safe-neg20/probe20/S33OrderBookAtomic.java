package probe20;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

public class S33OrderBookAtomic {
    private final AtomicReference<NavigableMap<Long, Integer>> bids = new AtomicReference<>();
    private NavigableMap<Long, Integer> lastTop;

    public void placeBid(long priceTicks, int size) {
        bids.updateAndGet(cur -> {
            NavigableMap<Long, Integer> next = cur == null ? new TreeMap<>() : new TreeMap<>(cur);
            next.merge(priceTicks, size, Integer::sum);
            return next;
        });
    }

    public String bestBid() {
        NavigableMap<Long, Integer> book = bids.get();
        if (book == null || book.isEmpty()) {
            return "none";
        }
        Map.Entry<Long, Integer> e = book.lastEntry();
        return e.getKey() + "x" + e.getValue();
    }

    public void captureTop(int levels) {
        NavigableMap<Long, Integer> book = bids.get();
        if (book == null) {
            lastTop = null;
            return;
        }
        NavigableMap<Long, Integer> top = new TreeMap<>();
        for (Map.Entry<Long, Integer> e : book.descendingMap().entrySet()) {
            if (top.size() == levels) {
                break;
            }
            top.put(e.getKey(), e.getValue());
        }
        lastTop = top;
    }

    public int clearAndCount() {
        NavigableMap<Long, Integer> old = bids.getAndSet(null);
        if (old == null) {
            return 0;
        }
        int total = 0;
        for (int s : old.values()) {
            total += s;
        }
        return total;
    }

    public String lastTopView() {
        NavigableMap<Long, Integer> t = lastTop;
        return t == null ? "n/a" : t.descendingMap().toString();
    }

    public static void main(String[] args) throws InterruptedException {
        S33OrderBookAtomic ob = new S33OrderBookAtomic();
        System.out.println("best=" + ob.bestBid() + " cleared=" + ob.clearAndCount());
        ob.captureTop(2);
        System.out.println("top=" + ob.lastTopView());
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int base = 100 + i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 25; k++) {
                    ob.placeBid(base + (k % 3), 10);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("best=" + ob.bestBid());
        ob.captureTop(3);
        System.out.println("top=" + ob.lastTopView());
        System.out.println("cleared size=" + ob.clearAndCount());
        System.out.println("best=" + ob.bestBid() + " cleared=" + ob.clearAndCount());
        ob.captureTop(3);
        System.out.println("top=" + ob.lastTopView());
    }
}
