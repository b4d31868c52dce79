package probe33;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A secondary index over a product catalogue (as in an in-memory search engine or
 * Guava's Multimaps.index). The index is built in one go by lambdas that run immediately
 * after the map is created (forEach + computeIfAbsent). Adding a product invalidates the
 * index by setting {@code indexedCount} to -1 and dropping the map; queries rebuild
 * whenever {@code indexedCount} is negative.
 */
public class SC32ProductIndex {

    public record Product(String sku, String category, int priceCents) {
    }

    private final List<Product> products = new ArrayList<>();
    private Map<String, List<Product>> byCategory;
    private int indexedCount = -1;
    private int rebuilds;

    public void add(Product p) {
        if (p.priceCents() < 0) {
            throw new IllegalArgumentException("negative price");
        }
        products.add(p);
        indexedCount = -1;
        byCategory = null;
    }

    private void reindexIfStale() {
        if (indexedCount >= 0) {
            return;
        }
        byCategory = new HashMap<>();
        products.forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
        byCategory.values().forEach(list -> list.sort(Comparator.comparingInt(Product::priceCents)));
        indexedCount = products.size();
        rebuilds++;
    }

    public List<Product> inCategory(String category) {
        reindexIfStale();
        return List.copyOf(byCategory.getOrDefault(category, List.of()));
    }

    public Product cheapest(String category) {
        reindexIfStale();
        List<Product> l = byCategory.get(category);
        if (l == null) {
            throw new java.util.NoSuchElementException("no products in " + category);
        }
        return l.get(0);
    }

    public int categories() {
        return indexedCount < 0 ? -1 : byCategory.size();
    }

    public int rebuilds() {
        return rebuilds;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC32ProductIndex idx = new SC32ProductIndex();
        check(idx.categories() == -1 && idx.rebuilds() == 0, "never built");
        check(idx.inCategory("books").isEmpty() && idx.categories() == 0, "empty index");
        try {
            idx.cheapest("books");
            throw new AssertionError("expected NSEE");
        } catch (java.util.NoSuchElementException expected) {
            // ok
        }
        try {
            idx.add(new Product("x", "books", -1));
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }

        idx.add(new Product("b1", "books", 1500));
        check(idx.categories() == -1, "stale after add");
        idx.add(new Product("b2", "books", 900));
        idx.add(new Product("t1", "toys", 2500));
        check(idx.cheapest("books").sku().equals("b2") && idx.inCategory("books").size() == 2, "built");
        check(idx.categories() == 2 && idx.rebuilds() == 2, "2 categories");

        idx.add(new Product("t2", "toys", 100));
        check(idx.categories() == -1, "dropped 1");
        idx.add(new Product("g1", "games", 4000));
        check(idx.categories() == -1, "dropped 2");

        check(idx.cheapest("toys").sku().equals("t2") && idx.inCategory("games").size() == 1, "rebuilt");
        check(idx.categories() == 3 && idx.rebuilds() == 3, "3 categories");
        System.out.println("SC32 ok");
    }
}
