package probe30;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Price catalogue that hands out a live read-only view while open. */
public final class T31ReadOnlyCatalog {
    private HashMap<String, BigDecimal> prices;  // mutable backing store
    private Map<String, BigDecimal> pricesView; // read-only view of prices; both are null while closed

    public void open(Map<String, BigDecimal> initial) {
        if (pricesView != null) throw new IllegalStateException("catalogue already open");
        HashMap<String, BigDecimal> backing = new HashMap<>(initial);
        prices = backing;
        pricesView = Collections.unmodifiableMap(backing);
    }

    public boolean isOpen() {
        return pricesView != null;
    }

    public Map<String, BigDecimal> prices() {
        if (pricesView == null) throw new IllegalStateException("catalogue closed");
        return pricesView;
    }

    public void setPrice(String sku, BigDecimal price) {
        if (pricesView == null) throw new IllegalStateException("catalogue closed");
        if (price.signum() < 0) throw new IllegalArgumentException("negative price for " + sku);
        prices.put(sku, price);
    }

    public Optional<BigDecimal> price(String sku) {
        return pricesView == null ? Optional.empty() : Optional.ofNullable(prices.get(sku));
    }

    public void close() {
        pricesView = null;
        prices = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T31ReadOnlyCatalog catalog = new T31ReadOnlyCatalog();
        assert !catalog.isOpen() && catalog.price("A1").isEmpty();
        expectFailure(catalog::prices);
        expectFailure(() -> catalog.setPrice("A1", BigDecimal.ONE));
        catalog.close();

        catalog.open(Map.of("A1", new BigDecimal("9.99")));
        expectFailure(() -> catalog.open(Map.of()));
        Map<String, BigDecimal> view = catalog.prices();
        catalog.setPrice("B2", new BigDecimal("4.50"));
        assert view.get("B2").compareTo(new BigDecimal("4.5")) == 0; // the view is live
        expectFailure(() -> catalog.setPrice("C3", new BigDecimal("-1")));
        assert catalog.price("A1").orElseThrow().equals(new BigDecimal("9.99"));

        catalog.close();
        assert !catalog.isOpen() && catalog.price("A1").isEmpty();
        expectFailure(catalog::prices);
        expectFailure(() -> catalog.setPrice("A1", BigDecimal.ONE));
        assert view.size() == 2; // callers holding an old view still see the final state
        catalog.open(Map.of());
        assert catalog.prices().isEmpty();
        catalog.close();
        System.out.println("T31 ok");
    }
}
