package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class J17PriceFeedClient {

    interface ConnectionCallback {
        void onConnected(String sessionId);
        void onFailed(String reason);
    }

    record Transport(boolean reachable) {
        void connect(ConnectionCallback cb) {
            if (reachable) {
                cb.onConnected("sess-42");
            } else {
                cb.onFailed("timeout after 3 retries");
            }
        }
    }

    private ConcurrentHashMap<String, Double> quotes;
    private Map<String, Integer> subscriptions;
    private boolean marketOpen;
    private String sessionId;
    private final List<String> log = new ArrayList<>();

    void start(Transport transport, boolean marketOpen) {
        this.marketOpen = marketOpen;
        if (!marketOpen) {
            log.add("market closed, feed not started");
            return;
        }
        subscriptions = new HashMap<>();
        transport.connect(new ConnectionCallback() {
            @Override
            public void onConnected(String id) {
                sessionId = id;
                quotes = new ConcurrentHashMap<>();
            }

            @Override
            public void onFailed(String reason) {
                log.add("connect failed: " + reason);
            }
        });
    }

    void subscribe(String symbol) {
        subscriptions.merge(symbol, 1, Integer::sum); // BUG
    }

    void unsubscribe(String symbol) {
        if (!marketOpen) {
            return;
        }
        subscriptions.computeIfPresent(symbol, (k, n) -> n > 1 ? n - 1 : null);
    }

    int subscribers(String symbol) {
        return subscriptions == null ? 0 : subscriptions.getOrDefault(symbol, 0);
    }

    void onQuote(String symbol, double px) {
        if (sessionId == null) {
            log.add("dropped quote " + symbol);
            return;
        }
        quotes.put(symbol, px);
    }

    double lastPrice(String symbol) {
        return quotes.getOrDefault(symbol, Double.NaN); // BUG
    }

    double lastPriceOrNaN(String symbol) {
        ConcurrentHashMap<String, Double> q = quotes;
        return q == null ? Double.NaN : q.getOrDefault(symbol, Double.NaN);
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J17PriceFeedClient live = new J17PriceFeedClient();
        live.start(new Transport(true), true);
        live.subscribe("AAPL");
        live.subscribe("AAPL");
        live.unsubscribe("AAPL");
        live.onQuote("AAPL", 189.5);
        assert live.lastPrice("AAPL") == 189.5 && Double.isNaN(live.lastPrice("MSFT"));
        assert live.subscribers("AAPL") == 1 && "sess-42".equals(live.sessionId);
        J17PriceFeedClient closed = new J17PriceFeedClient();
        closed.start(new Transport(true), false);
        closed.unsubscribe("AAPL");
        closed.onQuote("AAPL", 1.0);
        assert closed.subscribers("AAPL") == 0 && Double.isNaN(closed.lastPriceOrNaN("AAPL"));
        J17PriceFeedClient offline = new J17PriceFeedClient();
        offline.start(new Transport(false), true);
        offline.subscribe("MSFT");
        offline.onQuote("MSFT", 410.0);
        assert offline.subscribers("MSFT") == 1 && Double.isNaN(offline.lastPriceOrNaN("MSFT"));
        assert offline.log.equals(List.of("connect failed: timeout after 3 retries", "dropped quote MSFT"));

        try {
            closed.subscribe("AAPL");
            missed(54);
        } catch (NullPointerException e) { report(e, 54); }
        try {
            offline.lastPrice("MSFT");
            missed(77);
        } catch (NullPointerException e) { report(e, 77); }
    }

    private static final String FILE = "J17PriceFeedClient.java";

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
