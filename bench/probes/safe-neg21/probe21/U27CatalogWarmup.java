package probe21;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Stock catalogue that warms up asynchronously. {@code stock} is null until warm-up completes.
 * The private {@code ready} future is completed (normally, never exceptionally) only after the
 * field has been assigned a non-null map, and the field is never reset; readers either check
 * {@code ready.isDone()} or wait with {@code ready.join()} before touching the map.
 */
public final class U27CatalogWarmup {

    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Map<String, Integer> stock;

    public CompletableFuture<Void> warmUp(ExecutorService executor, Supplier<Map<String, Integer>> loader) {
        CompletableFuture.supplyAsync(loader, executor).whenComplete((loaded, failure) -> install(failure == null ? loaded : null));
        return ready.thenApply(v -> null);
    }

    public void warmUpNow(Map<String, Integer> loaded) {
        install(loaded);
    }

    private synchronized void install(Map<String, Integer> loaded) {
        if (ready.isDone()) {
            return;
        }
        stock = loaded == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(loaded));
        ready.complete(null);
    }

    public OptionalInt available(String sku) {
        if (!ready.isDone()) {
            return OptionalInt.empty();
        }
        Integer n = stock.get(sku);
        return n == null ? OptionalInt.of(0) : OptionalInt.of(n);
    }

    public int awaitAvailable(String sku) {
        ready.join();
        Integer n = stock.get(sku);
        return n == null ? 0 : n;
    }

    public int skuCount() {
        return ready.isDone() ? stock.size() : 0;
    }

    public static void main(String[] args) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            U27CatalogWarmup catalog = new U27CatalogWarmup();
            System.out.println(catalog.available("A-1") + " " + catalog.skuCount());
            catalog.warmUp(executor, () -> Map.of("A-1", 5, "B-2", 0));
            System.out.println(catalog.awaitAvailable("A-1") + " " + catalog.available("C-3") + " " + catalog.skuCount());
            catalog.warmUpNow(Map.of("A-1", 99));
            System.out.println(catalog.awaitAvailable("A-1"));

            U27CatalogWarmup failing = new U27CatalogWarmup();
            failing.warmUp(executor, () -> {
                throw new IllegalStateException("warehouse API down");
            }).join();
            System.out.println(failing.awaitAvailable("A-1") + " " + failing.skuCount());

            U27CatalogWarmup sync = new U27CatalogWarmup();
            sync.warmUpNow(null);
            System.out.println(sync.available("A-1"));
        } finally {
            executor.shutdown();
        }
    }
}
