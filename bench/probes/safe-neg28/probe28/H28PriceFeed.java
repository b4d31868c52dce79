package probe28;

import java.util.HashMap;
import java.util.Map;

/**
 * Market-data price feed handler. Quotes are stored per symbol while the feed
 * is subscribed; every reader copies the field into a local inside its condition.
 */
public class H28PriceFeed {
    private final String venue;
    private Map<String, Double> quotes; // null while unsubscribed
    private long messages;
    private long staleDrops;

    public H28PriceFeed(String venue) {
        this.venue = venue;
    }

    public void subscribe() {
        quotes = new HashMap<>();
    }

    public void unsubscribe() {
        quotes = null;
    }

    public void onTick(String symbol, double price) {
        messages++;
        Map<String, Double> q;
        if ((q = quotes) != null) {
            q.put(symbol, price);
        } else {
            staleDrops++;
        }
    }

    public double last(String symbol) {
        Map<String, Double> q;
        if ((q = quotes) == null) {
            return Double.NaN;
        }
        Double p = q.get(symbol);
        return p == null ? Double.NaN : p;
    }

    public double markToMarket(Map<String, Integer> positions) {
        double value = 0;
        Map<String, Double> q;
        if (positions == null || (q = quotes) == null) {
            return value;
        }
        for (Map.Entry<String, Integer> pos : positions.entrySet()) {
            Double px = q.get(pos.getKey());
            Integer qty = pos.getValue();
            if (px != null && qty != null) {
                value += px * qty;
            }
        }
        return value;
    }

    public int symbols() {
        Map<String, Double> q = quotes;
        return q != null ? q.size() : 0;
    }

    public String stats() {
        return venue + " msgs=" + messages + " dropped=" + staleDrops + " symbols=" + symbols();
    }

    public static void main(String[] args) {
        H28PriceFeed feed = new H28PriceFeed("XNAS");
        feed.onTick("AAPL", 190.0);
        assert Double.isNaN(feed.last("AAPL"));
        assert feed.markToMarket(Map.of("AAPL", 10)) == 0.0;
        assert feed.symbols() == 0;
        feed.subscribe();
        feed.onTick("AAPL", 191.5);
        feed.onTick("MSFT", 410.0);
        feed.onTick("AAPL", 192.0);
        assert feed.last("AAPL") == 192.0;
        assert Double.isNaN(feed.last("TSLA"));
        assert feed.markToMarket(Map.of("AAPL", 10, "MSFT", 1, "TSLA", 5)) == 2330.0;
        assert feed.markToMarket(null) == 0.0;
        feed.unsubscribe();
        feed.onTick("MSFT", 411.0);
        assert Double.isNaN(feed.last("MSFT"));
        assert feed.stats().equals("XNAS msgs=5 dropped=2 symbols=0") : feed.stats();
        System.out.println(feed.stats());
    }
}
