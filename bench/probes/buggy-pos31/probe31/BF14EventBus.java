package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Topic-based event bus with cancellable subscriptions, a ready callback and
 * shutdown hooks.
 */
public final class BF14EventBus {

    private final String name;
    private final List<Runnable> shutdownHooks = new ArrayList<>();
    private final Map<String, Integer> delivered = new HashMap<>();
    private Map<String, List<Consumer<String>>> topics;
    private boolean running;

    /** Creates a bus and tells {@code onReady} about it, e.g. to register it with a directory. */
    BF14EventBus(String name, Consumer<BF14EventBus> onReady) {
        this.name = name;
        onReady.accept(this);
        this.topics = new HashMap<>();
        this.running = true;
    }

    final class Subscription {
        private final String topic;
        private final Consumer<String> handler;

        Subscription(String topic, Consumer<String> handler) {
            this.topic = topic;
            this.handler = handler;
        }

        boolean cancel() {
            Map<String, List<Consumer<String>>> current = topics;
            if (current == null) {
                return false;
            }
            List<Consumer<String>> handlers = current.get(topic);
            return handlers != null && handlers.remove(handler);
        }
    }

    Subscription subscribe(String topic, Consumer<String> handler) {
        if (!running) {
            throw new IllegalStateException("bus " + name + " is shut down");
        }
        topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        return new Subscription(topic, handler);
    }

    int publish(String topic, String event) {
        Map<String, List<Consumer<String>>> current = topics;
        if (current == null) {
            return 0;
        }
        List<Consumer<String>> handlers = List.copyOf(current.getOrDefault(topic, List.of()));
        handlers.forEach(h -> h.accept(event));
        delivered.merge(topic, handlers.size(), Integer::sum);
        return handlers.size();
    }

    int topicCount() {
        return topics.size();
    }

    int subscriberCount(String topic) {
        return topics.getOrDefault(topic, List.of()).size();
    }

    void onShutdown(Runnable hook) {
        shutdownHooks.add(hook);
    }

    void shutdown() {
        running = false;
        topics = null;
        shutdownHooks.forEach(Runnable::run);
    }

    public static void main(String[] args) {
        List<String> seen = new ArrayList<>();
        List<String> directory = new ArrayList<>();
        BF14EventBus bus = new BF14EventBus("main", b -> directory.add(b.name));
        Subscription orders = bus.subscribe("orders", seen::add);
        bus.subscribe("orders", e -> seen.add(e.toUpperCase()));
        System.out.println("published=" + bus.publish("orders", "o-1") + " topics=" + bus.topicCount()
                + " subscribers=" + bus.subscriberCount("orders") + " directory=" + directory);
        System.out.println("cancel=" + orders.cancel() + " published=" + bus.publish("orders", "o-2")
                + " none=" + bus.publish("audit", "a-1") + " seen=" + seen + " delivered=" + bus.delivered);
        bus.onShutdown(() -> System.out.println("bus " + bus.name + " stopped"));
        bus.shutdown();
        System.out.println("after shutdown published=" + bus.publish("orders", "o-3") + " cancel=" + orders.cancel());

        int proved = 0;
        proved += expect(69, () -> new BF14EventBus("early", b -> System.out.println("topics " + b.topicCount())));
        proved += expect(73, () -> {
            BF14EventBus other = new BF14EventBus("other", b -> { });
            other.subscribe("orders", seen::add);
            other.onShutdown(() -> System.out.println("draining " + other.subscriberCount("orders")));
            other.shutdown();
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF14EventBus.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
