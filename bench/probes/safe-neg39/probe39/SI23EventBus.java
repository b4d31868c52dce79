package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Topic-based event bus of a plugin host. Subscriptions are published copy-on-write: a writer
 * builds a new immutable map and swaps it in, never changing a published one, and the field is
 * null while there are no subscriptions at all. Readers take the reference once.
 *
 * <p>This class is thread-safe: writers are synchronized on the bus, {@code handlers} is volatile
 * and publishing is lock-free on a snapshot that no other thread can change.
 */
public final class SI23EventBus {
    private volatile Map<String, List<Consumer<String>>> handlers; // immutable; null when nothing subscribed

    public synchronized void subscribe(String topic, Consumer<String> handler) {
        requireTopic(topic);
        if (handler == null) {
            throw new IllegalArgumentException("handler is null");
        }
        Map<String, List<Consumer<String>>> current = handlers;
        Map<String, List<Consumer<String>>> next = current == null ? new HashMap<>() : new HashMap<>(current);
        List<Consumer<String>> list = new ArrayList<>(next.getOrDefault(topic, List.of()));
        list.add(handler);
        next.put(topic, List.copyOf(list));
        handlers = Map.copyOf(next);
    }

    public synchronized boolean unsubscribe(String topic, Consumer<String> handler) {
        requireTopic(topic);
        if (handler == null) {
            throw new IllegalArgumentException("handler is null");
        }
        Map<String, List<Consumer<String>>> current = handlers;
        if (current == null) {
            return false;
        }
        List<Consumer<String>> list = current.get(topic);
        if (list == null || !list.contains(handler)) {
            return false;
        }
        List<Consumer<String>> remaining = new ArrayList<>(list);
        remaining.remove(handler);
        Map<String, List<Consumer<String>>> next = new HashMap<>(current);
        if (remaining.isEmpty()) {
            next.remove(topic);
        } else {
            next.put(topic, List.copyOf(remaining));
        }
        handlers = next.isEmpty() ? null : Map.copyOf(next);
        return true;
    }

    public int publish(String topic, String event) {
        requireTopic(topic);
        if (event == null) {
            throw new IllegalArgumentException("event is null");
        }
        Map<String, List<Consumer<String>>> snapshot = handlers;
        if (snapshot == null) {
            return 0;
        }
        List<Consumer<String>> targets = snapshot.getOrDefault(topic, List.of());
        for (Consumer<String> handler : targets) {
            handler.accept(event);
        }
        return targets.size();
    }

    public Set<String> topics() {
        Map<String, List<Consumer<String>>> snapshot = handlers;
        return snapshot == null ? Set.of() : new TreeSet<>(snapshot.keySet());
    }

    public synchronized void clear() {
        handlers = null;
    }

    private static void requireTopic(String topic) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("topic must be non-empty");
        }
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
        SI23EventBus bus = new SI23EventBus();
        List<String> seen = new ArrayList<>();
        Consumer<String> logger = seen::add;
        check(bus.publish("build", "x") == 0 && bus.topics().isEmpty(), "nothing subscribed");
        check(!bus.unsubscribe("build", logger), "nothing to unsubscribe");
        expect(IllegalArgumentException.class, () -> bus.subscribe("", logger));
        expect(IllegalArgumentException.class, () -> bus.subscribe("a", null));
        expect(IllegalArgumentException.class, () -> bus.publish("a", null));

        bus.subscribe("build", logger);
        Consumer<String> once = new Consumer<>() {
            @Override
            public void accept(String e) {
                seen.add("once:" + e);
                bus.unsubscribe("build", this); // unsubscribing while being published is fine
            }
        };
        bus.subscribe("build", once);
        check(bus.publish("build", "started") == 2 && bus.publish("build", "done") == 1, "once removed itself");
        check(seen.equals(List.of("started", "once:started", "done")), seen.toString());
        check(!bus.unsubscribe("deploy", logger) && bus.unsubscribe("build", logger), "unsubscribe");
        check(bus.topics().isEmpty() && bus.publish("build", "late") == 0, "last one drops the map");

        bus.subscribe("deploy", logger);
        bus.clear();
        bus.clear();
        check(bus.publish("deploy", "x") == 0 && !bus.unsubscribe("deploy", logger), "cleared");

        AtomicInteger hits = new AtomicInteger();
        Consumer<String> counter = e -> hits.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    bus.publish("tick", "t");
                    bus.topics();
                }
            }));
        }
        futures.add(pool.submit(() -> {
            for (int i = 0; i < 5_000; i++) {
                bus.subscribe("tick", counter);
                bus.unsubscribe("tick", counter);
                bus.clear();
            }
        }));
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        check(pool.awaitTermination(30, TimeUnit.SECONDS) && bus.topics().isEmpty(), "quiet at the end");
        System.out.println("OK SI23EventBus");
    }
}
