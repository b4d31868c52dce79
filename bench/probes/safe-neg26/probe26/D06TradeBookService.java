package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Intraday position keeper of a trading desk. Positions exist only once the first fill
 * of the day arrives; end-of-day processing drops them. Reads go through Optional.
 */
public final class D06TradeBookService {

    public enum Side { BUY, SELL }

    public record Fill(String symbol, Side side, long qty, double price) {}

    private final String book;
    private final List<Fill> blotter = new ArrayList<>();
    private Map<String, Long> positions; // null until the first fill of the day
    private double cashFlow;

    public D06TradeBookService(String book) {
        this.book = book;
    }

    public void onFill(Fill f) {
        blotter.add(f);
        long signed = f.side() == Side.BUY ? f.qty() : -f.qty();
        if (positions == null) {
            positions = new HashMap<>();
        }
        positions.merge(f.symbol(), signed, Long::sum);
        cashFlow -= signed * f.price();
    }

    public long position(String symbol) {
        return Optional.ofNullable(positions).map(p -> p.get(symbol)).orElse(0L);
    }

    public Optional<Map<String, Long>> snapshot() {
        return Optional.ofNullable(positions).map(Map::copyOf);
    }

    public TreeSet<String> openSymbols() {
        return Optional.ofNullable(positions)
                .map(p -> p.entrySet().stream()
                        .filter(e -> e.getValue() != 0L)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
    }

    public boolean isFlat() {
        return Optional.ofNullable(positions).stream()
                .flatMap(p -> p.values().stream())
                .allMatch(q -> q == 0L);
    }

    public String endOfDay() {
        String summary = book + ": " + snapshot().map(m -> m.size() + " symbols traded").orElse("no activity")
                + ", open=" + openSymbols() + ", cash=" + Math.round(cashFlow) + ", fills=" + blotter.size();
        positions = null;
        blotter.clear();
        cashFlow = 0;
        return summary;
    }

    public static void main(String[] args) {
        D06TradeBookService svc = new D06TradeBookService("EQ-DESK");
        System.out.println(svc.position("AAPL") + " " + svc.snapshot() + " " + svc.openSymbols() + " " + svc.isFlat());
        System.out.println(svc.endOfDay());
        svc.onFill(new Fill("AAPL", Side.BUY, 100, 190.5));
        svc.onFill(new Fill("MSFT", Side.BUY, 50, 410.0));
        svc.onFill(new Fill("AAPL", Side.SELL, 100, 191.0));
        System.out.println(svc.position("AAPL") + " " + svc.position("MSFT") + " " + svc.position("TSLA"));
        System.out.println(svc.snapshot().orElseThrow().size() + " " + svc.openSymbols() + " " + svc.isFlat());
        System.out.println(svc.endOfDay());
        System.out.println(svc.position("MSFT") + " " + svc.isFlat());
    }
}
