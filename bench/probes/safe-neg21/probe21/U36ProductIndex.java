package probe21;

import java.util.Collection;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Product catalogue index. All three maps are produced by stream collectors (groupingBy,
 * toMap, collectingAndThen) in replaceAll(), which the constructor calls; collectors never
 * yield null, and no method ever assigns null, so the maps are only null during construction.
 */
public final class U36ProductIndex {

    public record Product(String sku, String category, double price) {
        public Product {
            if (sku == null || category == null) {
                throw new IllegalArgumentException("sku and category are required");
            }
        }
    }

    private List<Product> products;
    private Map<String, List<Product>> byCategory;
    private Map<String, Product> bySku;
    private Map<String, DoubleSummaryStatistics> priceStats;

    public U36ProductIndex(Collection<Product> initial) {
        replaceAll(initial == null ? List.of() : initial);
    }

    public void replaceAll(Collection<Product> items) {
        products = items == null ? List.of() : List.copyOf(items);
        byCategory = products.stream()
                .collect(Collectors.groupingBy(Product::category, TreeMap::new, Collectors.toList()));
        bySku = products.stream()
                .collect(Collectors.toMap(Product::sku, Function.identity(), (first, second) -> second, LinkedHashMap::new));
        priceStats = products.stream()
                .collect(Collectors.collectingAndThen(
                        Collectors.groupingBy(Product::category, Collectors.summarizingDouble(Product::price)),
                        Collections::unmodifiableMap));
    }

    public Optional<Product> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    public List<Product> inCategory(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public double averagePrice(String category) {
        DoubleSummaryStatistics stats = priceStats.get(category);
        return stats == null ? 0.0 : stats.getAverage();
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Product>> e : byCategory.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue().size()).append(' ');
        }
        return sb.append("skus=").append(bySku.keySet()).toString();
    }

    public static void main(String[] args) {
        U36ProductIndex empty = new U36ProductIndex(null);
        System.out.println(empty.summary() + " " + empty.find("x") + " " + empty.averagePrice("tools"));
        U36ProductIndex idx = new U36ProductIndex(List.of(
                new Product("H-1", "tools", 12.0),
                new Product("H-2", "tools", 18.0),
                new Product("G-1", "garden", 40.0),
                new Product("H-1", "tools", 14.0)));
        System.out.println(idx.summary() + " avg=" + idx.averagePrice("tools") + " " + idx.find("H-1").map(Product::price).orElse(-1.0));
        idx.replaceAll(List.of(new Product("K-1", "kitchen", 5.0)));
        System.out.println(idx.summary() + " " + idx.inCategory("tools") + " " + idx.inCategory("kitchen").size());
    }
}
