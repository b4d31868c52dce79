package probe26;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Price history of one instrument in a market-data service, keyed by epoch second.
 * The series is created by the first tick and removed when it has been purged completely.
 */
public final class D31PriceHistoryService {

    private final String symbol;
    private TreeMap<Long, Double> history; // null until the first tick, null once purged empty
    private double previousClose = Double.NaN;

    public D31PriceHistoryService(String symbol) {
        this.symbol = symbol;
    }

    public void onTick(long epochSec, double price) {
        if (history == null) {
            history = new TreeMap<>();
        }
        history.put(epochSec, price);
    }

    public OptionalDouble latest() {
        if (history == null || history.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(history.lastEntry().getValue());
    }

    public OptionalDouble priceAt(long epochSec) {
        if (history == null) {
            return OptionalDouble.empty();
        }
        Map.Entry<Long, Double> e = history.floorEntry(epochSec);
        return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.getValue());
    }

    public OptionalDouble average(long fromSec, long toSec) {
        if (fromSec > toSec) {
            return OptionalDouble.empty();
        }
        NavigableMap<Long, Double> window = history == null
                ? Collections.emptyNavigableMap()
                : history.subMap(fromSec, true, toSec, true);
        return window.values().stream().mapToDouble(Double::doubleValue).average();
    }

    public int purgeBefore(long epochSec) {
        if (history == null) {
            return 0;
        }
        NavigableMap<Long, Double> old = history.headMap(epochSec, false);
        int n = old.size();
        old.clear();
        if (history.isEmpty()) {
            history = null;
        }
        return n;
    }

    public void closeSession() {
        OptionalDouble last = latest();
        if (last.isPresent()) {
            previousClose = last.getAsDouble();
        }
        history = null;
    }

    public OptionalDouble changeSinceClose() {
        OptionalDouble last = latest();
        if (last.isEmpty() || Double.isNaN(previousClose)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(last.getAsDouble() - previousClose);
    }

    public int size() {
        return history != null ? history.size() : 0;
    }

    @Override
    public String toString() {
        return symbol + (history == null ? " (no data)" : " " + history.firstKey() + ".." + history.lastKey() + " n=" + history.size());
    }

    public static void main(String[] args) {
        D31PriceHistoryService px = new D31PriceHistoryService("EURUSD");
        System.out.println(px + " " + px.latest() + " " + px.priceAt(5) + " " + px.average(0, 10) + " " + px.purgeBefore(3)
                + " " + px.changeSinceClose() + " " + px.size());
        px.closeSession();
        px.onTick(100, 1.081);
        px.onTick(160, 1.083);
        px.onTick(220, 1.079);
        System.out.println(px + " " + px.latest() + " " + px.priceAt(170) + " " + px.priceAt(50) + " " + px.average(100, 170));
        px.closeSession();
        px.onTick(300, 1.090);
        System.out.println(px.changeSinceClose() + " " + px.average(5, 1) + " " + px.purgeBefore(200) + " " + px.purgeBefore(400) + " " + px);
    }
}
