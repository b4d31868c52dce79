package probe17p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A price feed that replays the last prices to new subscribers; the view subscribes too early. */
public class R08StockTicker {

    interface PriceListener {
        void onPrice(String symbol, double price);
    }

    static final class PriceFeed {
        private final List<PriceListener> listeners = new ArrayList<>();
        private final Map<String, Double> lastPrices = new LinkedHashMap<>();

        void publish(String symbol, double price) {
            lastPrices.put(symbol, price);
            for (PriceListener l : listeners) {
                l.onPrice(symbol, price);
            }
        }

        void subscribe(PriceListener l) {
            listeners.add(l);
            lastPrices.forEach(l::onPrice); // replay current state
        }
    }

    static final class PortfolioView implements PriceListener {
        private final Map<String, Integer> ticks;
        private final Map<String, Double> highs;

        PortfolioView(PriceFeed feed) {
            ticks = new HashMap<>();
            feed.subscribe(this); // 'this' escapes before 'highs' is assigned
            highs = new HashMap<>();
        }

        @Override
        public void onPrice(String symbol, double price) {
            ticks.merge(symbol, 1, Integer::sum);
            highs.merge(symbol, price, Math::max); // BUG
        }

        String summary() {
            return "ticks=" + ticks + " highs=" + highs;
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R08StockTicker.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R08StockTicker.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        PriceFeed quiet = new PriceFeed();
        PortfolioView early = new PortfolioView(quiet);
        quiet.publish("ACME", 12.5);
        System.out.println(early.summary());

        prove(46, () -> {
            PriceFeed busy = new PriceFeed();
            busy.publish("ACME", 10.0);
            busy.publish("INIT", 3.2);
            System.out.println(new PortfolioView(busy).summary());
        });
    }
}
