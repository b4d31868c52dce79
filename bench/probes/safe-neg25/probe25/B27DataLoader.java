package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * java-dataloader style batching loader. Caching can be switched off per
 * loader (then there is no cache map at all); the pending batch map lives
 * only between the first load() and the next dispatch().
 */
public class B27DataLoader<K, V> {
    public static final class Options {
        boolean cachingEnabled = true;
        boolean batchingEnabled = true;

        public Options caching(boolean on) {
            cachingEnabled = on;
            return this;
        }

        public Options batching(boolean on) {
            batchingEnabled = on;
            return this;
        }
    }

    private final Function<List<K>, List<V>> batchLoadFunction;
    private final Options options;
    private final Map<K, CompletableFuture<V>> futureCache; // null when caching is disabled
    private Map<K, CompletableFuture<V>> pending;           // null when nothing is queued
    private int batchCalls;

    public B27DataLoader(Function<List<K>, List<V>> batchLoadFunction, Options options) {
        this.batchLoadFunction = batchLoadFunction;
        this.options = options;
        this.futureCache = options.cachingEnabled ? new HashMap<>() : null;
    }

    public CompletableFuture<V> load(K key) {
        if (futureCache != null) {
            CompletableFuture<V> cached = futureCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        if (pending == null) {
            pending = new LinkedHashMap<>();
        }
        CompletableFuture<V> future = pending.computeIfAbsent(key, k -> new CompletableFuture<>());
        if (futureCache != null) {
            futureCache.put(key, future);
        }
        if (!options.batchingEnabled) {
            dispatch();
        }
        return future;
    }

    public int dispatch() {
        Map<K, CompletableFuture<V>> batch = pending;
        pending = null;
        if (batch == null) {
            return 0;
        }
        List<K> keys = new ArrayList<>(batch.keySet());
        List<V> values = batchLoadFunction.apply(keys);
        batchCalls++;
        int i = 0;
        for (Map.Entry<K, CompletableFuture<V>> e : batch.entrySet()) {
            e.getValue().complete(i < values.size() ? values.get(i) : null);
            i++;
        }
        return keys.size();
    }

    public B27DataLoader<K, V> prime(K key, V value) {
        if (futureCache != null) {
            futureCache.putIfAbsent(key, CompletableFuture.completedFuture(value));
        }
        return this;
    }

    public B27DataLoader<K, V> clear(K key) {
        if (futureCache != null) {
            futureCache.remove(key);
        }
        return this;
    }

    public B27DataLoader<K, V> clearAll() {
        if (futureCache != null) {
            futureCache.clear();
        }
        return this;
    }

    public int dispatchDepth() {
        return pending == null ? 0 : pending.size();
    }

    public int batchCalls() {
        return batchCalls;
    }

    public static void main(String[] args) {
        List<List<Integer>> calls = new ArrayList<>();
        Function<List<Integer>, List<String>> users = ids -> {
            calls.add(ids);
            List<String> out = new ArrayList<>();
            ids.forEach(id -> out.add("user" + id));
            return out;
        };
        B27DataLoader<Integer, String> cached = new B27DataLoader<>(users, new Options());
        System.out.println(cached.dispatch() + " " + cached.dispatchDepth());
        CompletableFuture<String> a = cached.load(1);
        cached.load(2);
        cached.load(1).thenAccept(v -> cached.load(3)); // loads queued from a completion callback
        cached.prime(9, "primed");
        System.out.println(cached.dispatchDepth() + " " + cached.dispatch() + " " + a.join() + " " + cached.dispatchDepth());
        System.out.println(cached.dispatch() + " " + cached.load(9).join() + " " + calls);
        cached.clear(1).clearAll();
        cached.load(1);
        System.out.println(cached.dispatch() + " " + cached.batchCalls());

        B27DataLoader<Integer, String> uncached = new B27DataLoader<>(users, new Options().caching(false).batching(false));
        uncached.prime(1, "x").clear(1).clearAll();
        System.out.println(uncached.load(5).join() + " " + uncached.load(5).join() + " " + uncached.dispatchDepth()
                + " " + uncached.batchCalls());
    }
}
