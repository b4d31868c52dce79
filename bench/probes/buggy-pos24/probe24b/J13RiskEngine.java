package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class J13RiskEngine {

    record Order(String desk, String symbol, long qty, double price) {
        double notional() {
            return qty * price;
        }
    }

    static class RiskEngine {
        protected Map<String, Double> limits;
        protected Map<String, Double> exposures;
        protected final List<String> rejections = new ArrayList<>();

        void loadLimits(Map<String, Double> source) {
            limits = new HashMap<>(source);
        }

        protected Map<String, Double> exposures() {
            if (exposures == null) {
                exposures = new HashMap<>();
            }
            return exposures;
        }

        boolean check(Order o) {
            if (limits == null) {
                rejections.add("no limits loaded: " + o.symbol());
                return false;
            }
            double limit = limits.getOrDefault(o.desk(), 0.0);
            double current = exposures().getOrDefault(o.desk(), 0.0);
            if (current + o.notional() > limit) {
                rejections.add("limit breach " + o.desk() + " " + o.symbol());
                return false;
            }
            return true;
        }

        void book(Order o) {
            if (limits != null) {
                exposures.merge(o.desk(), o.notional(), Double::sum); // BUG
            }
        }

        void bookChecked(Order o) {
            if (check(o)) {
                exposures.merge(o.desk(), o.notional(), Double::sum);
            }
        }

        double exposure(String desk) {
            return exposures == null ? 0.0 : exposures.getOrDefault(desk, 0.0);
        }

        void reset() {
            exposures = null;
            rejections.clear();
        }
    }

    static final class IntradayRiskEngine extends RiskEngine {
        private final Map<String, Double> carried = new HashMap<>();

        void openDay() {
            exposures().putAll(carried);
        }

        @Override
        void reset() {
            Map<String, Double> snapshot = exposures == null ? Map.of() : new HashMap<>(exposures);
            super.reset();
            carried.clear();
            snapshot.forEach((desk, v) -> carried.merge(desk, v * 0.5, Double::sum));
            exposures.putAll(carried); // BUG
        }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        Map<String, Double> deskLimits = Map.of("rates", 1_000_000.0, "fx", 500_000.0);
        RiskEngine engine = new RiskEngine();
        Order o1 = new Order("fx", "EURUSD", 100_000, 1.1);
        assert !engine.check(o1) && engine.exposure("fx") == 0.0;
        engine.loadLimits(deskLimits);
        engine.bookChecked(o1);
        engine.book(new Order("fx", "GBPUSD", 100_000, 1.3));
        assert Math.abs(engine.exposure("fx") - 240_000.0) < 1e-6;
        boolean bigOk = engine.check(new Order("fx", "USDJPY", 1_000_000, 1.0));
        assert !bigOk && engine.rejections.size() == 2;
        engine.reset();
        assert engine.exposure("fx") == 0.0 && engine.rejections.isEmpty();
        IntradayRiskEngine intraday = new IntradayRiskEngine();
        intraday.loadLimits(deskLimits);
        intraday.openDay();
        intraday.bookChecked(new Order("rates", "UST10Y", 1_000, 98.0));
        intraday.book(new Order("rates", "UST2Y", 1_000, 99.0));
        assert Math.abs(intraday.exposure("rates") - 197_000.0) < 1e-6;

        try {
            engine.book(new Order("fx", "AUDUSD", 10_000, 0.66));
            missed(48);
        } catch (NullPointerException e) { report(e, 48); }
        try {
            intraday.reset();
            missed(81);
        } catch (NullPointerException e) { report(e, 81); }
    }

    private static final String FILE = "J13RiskEngine.java";

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
