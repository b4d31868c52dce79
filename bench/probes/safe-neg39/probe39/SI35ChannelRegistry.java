package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Channel registry of an event-loop network server. All registry state is confined to one
 * event-loop thread: public methods submit tasks to a single-thread executor and wait for them.
 * The constructor submits the task that creates the channel map before any other task can be
 * submitted; {@link #shutdown()} submits the task that drops it and shuts the executor down in the
 * critical section every submission takes, so it is the last task. Tasks run one at a time in
 * submission order, so every other task sees the map.
 *
 * <p>This class is thread-safe: any number of threads may call it concurrently.
 */
public final class SI35ChannelRegistry {
    private final Object submitLock = new Object();
    private final ExecutorService loop;
    private HashMap<Integer, String> channels; // loop thread only; null before the first and after the last task
    private int nextId;                        // loop thread only

    public SI35ChannelRegistry() {
        loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "event-loop");
            t.setDaemon(true);
            return t;
        });
        loop.execute(() -> channels = new HashMap<>());
    }

    private <T> T call(Callable<T> task) {
        Future<T> future;
        synchronized (submitLock) {
            if (loop.isShutdown()) {
                throw new IllegalStateException("registry shut down");
            }
            future = loop.submit(task);
        }
        return await(future);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    public int register(String peer) {
        if (peer == null || peer.isBlank()) {
            throw new IllegalArgumentException("peer address required");
        }
        return call(() -> {
            int id = ++nextId;
            channels.put(id, peer);
            return id;
        });
    }

    public boolean unregister(int channelId) {
        return call(() -> channels.remove(channelId) != null);
    }

    public Optional<String> peer(int channelId) {
        return call(() -> Optional.ofNullable(channels.get(channelId)));
    }

    public int size() {
        return call(() -> channels.size()); // a lambda, not channels::size, so the field is read on the loop
    }

    public List<String> peers() {
        return call(() -> channels.values().stream().sorted().toList());
    }

    /** Drops all channels and stops the loop; returns the number of open channels (0 if stopped). */
    public int shutdown() {
        Future<Integer> last;
        synchronized (submitLock) {
            if (loop.isShutdown()) {
                return 0;
            }
            last = loop.submit(() -> {
                int open = channels.size();
                channels = null;
                return open;
            });
            loop.shutdown();
        }
        return await(last);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) throws Exception {
        SI35ChannelRegistry registry = new SI35ChannelRegistry();
        check(registry.size() == 0 && registry.peer(1).isEmpty() && !registry.unregister(1), "empty");
        expect(IllegalArgumentException.class, () -> registry.register(" "));
        int a = registry.register("10.0.0.1:5000");
        int b = registry.register("10.0.0.2:5000");
        check(registry.peer(a).orElse("").equals("10.0.0.1:5000") && registry.unregister(b), "register/unregister");

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            futures.add(clients.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    int id = registry.register("peer-" + client + "-" + i);
                    if (i % 2 == 0) {
                        registry.unregister(id);
                    }
                    registry.size();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        clients.shutdown();
        check(registry.size() == 1 + 4 * 250 && registry.peers().get(0).equals("10.0.0.1:5000"), "concurrent");

        SI35ChannelRegistry racing = new SI35ChannelRegistry();
        ExecutorService stopperThread = Executors.newSingleThreadExecutor();
        Future<Integer> stopper = stopperThread.submit(racing::shutdown);
        for (int i = 0; i < 1_000; i++) {
            try {
                racing.register("late-" + i); // either accepted before shutdown or rejected with ISE
            } catch (IllegalStateException rejected) {
                break;
            }
        }
        check(stopper.get() >= 0 && racing.shutdown() == 0, "shutdown racing with registrations");
        stopperThread.shutdown();

        check(registry.shutdown() == 1001 && registry.shutdown() == 0, "shutdown twice");
        expect(IllegalStateException.class, registry::size);
        expect(IllegalStateException.class, () -> registry.register("x:1"));
        expect(IllegalStateException.class, () -> registry.peer(a));
        System.out.println("OK SI35ChannelRegistry");
    }
}
