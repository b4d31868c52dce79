package probe36;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Remote configuration client (Spring Cloud Config / Consul style) that loads asynchronously. The private
 * 'loaded' future completes normally only in install(), immediately after the settings map is assigned, and
 * both reload() and invalidate() replace it with a fresh incomplete future when they drop the map. Readers
 * consult the future only. Callers get a copy of the future, so they cannot complete the real one.
 */
public final class SF35RemoteConfig {
    private CompletableFuture<Void> loaded = new CompletableFuture<>(); // done normally <=> settings != null
    private HashMap<String, String> settings;
    private int generation;

    public synchronized CompletableFuture<Void> reload(Supplier<Map<String, String>> source, Executor executor) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        loaded = ready;
        settings = null;
        int myGeneration = ++generation;
        CompletableFuture.supplyAsync(source, executor)
                .whenComplete((values, error) -> install(myGeneration, ready, values, error));
        return ready.copy();
    }

    private synchronized void install(int myGeneration, CompletableFuture<Void> ready, Map<String, String> values, Throwable error) {
        if (myGeneration != generation) {
            ready.cancel(false); // superseded by a newer reload() or invalidate()
        } else if (error != null) {
            ready.completeExceptionally(error);
        } else if (values == null) {
            ready.completeExceptionally(new IllegalStateException("configuration source returned nothing"));
        } else {
            settings = new HashMap<>(values);
            ready.complete(null);
        }
    }

    private void requireLoaded() {
        if (!loaded.isDone()) {
            throw new IllegalStateException("configuration is still loading");
        }
        if (loaded.isCompletedExceptionally()) {
            throw new IllegalStateException("configuration load failed or was superseded");
        }
    }

    public synchronized String get(String key) {
        requireLoaded();
        String value = settings.get(key);
        if (value == null) {
            throw new NoSuchElementException("no setting " + key);
        }
        return value;
    }

    public synchronized int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public synchronized int size() {
        return loaded.isDone() && !loaded.isCompletedExceptionally() ? settings.size() : 0;
    }

    public synchronized void invalidate() {
        loaded = new CompletableFuture<>();
        settings = null;
        generation++;
    }

    public static void main(String[] args) throws Exception {
        SF35RemoteConfig config = new SF35RemoteConfig();
        Queue<Runnable> pending = new ArrayDeque<>();
        Executor manual = pending::add;
        // Phase 1: never loaded.
        expect(IllegalStateException.class, () -> config.get("db.url"));
        check(config.size() == 0, "empty before load");
        // Loading, not finished yet.
        CompletableFuture<Void> first = config.reload(() -> Map.of("db.url", "jdbc:h2:mem", "pool", "8"), manual);
        expect(IllegalStateException.class, () -> config.get("db.url"));
        first.complete(null); // completing the caller's copy must not unlock reads
        expect(IllegalStateException.class, () -> config.get("db.url"));
        pending.remove().run();
        // Phase 2: loaded.
        check(config.get("db.url").equals("jdbc:h2:mem") && config.getInt("pool") == 8 && config.size() == 2, "loaded");
        expect(NoSuchElementException.class, () -> config.get("missing"));
        // Phase 3: dropped, by invalidate() and by a failed reload.
        config.invalidate();
        expect(IllegalStateException.class, () -> config.get("pool"));
        check(config.size() == 0, "empty after invalidate");
        config.reload(() -> { throw new IllegalArgumentException("config server unreachable"); }, Runnable::run);
        expect(IllegalStateException.class, () -> config.get("pool"));
        check(config.size() == 0, "empty after failed load");
        // A superseded load never installs its values.
        config.reload(() -> Map.of("pool", "1"), manual);
        config.reload(() -> Map.of("pool", "2"), manual);
        pending.remove().run();
        expect(IllegalStateException.class, () -> config.getInt("pool"));
        pending.remove().run();
        check(config.getInt("pool") == 2, "latest reload wins");
        // Phase 4: loaded again on a real background thread.
        config.invalidate();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            config.reload(() -> Map.of("pool", "16", "region", "eu"), pool).get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "executor terminated");
        check(config.getInt("pool") == 16 && config.get("region").equals("eu"), "loaded asynchronously");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
