package probe36;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * In-process event bus (Guava EventBus style). shutdown() discards all subscriptions;
 * every access sits inside an "if (subscribers != null)" block.
 */
public final class SF11EventBus {
    private HashMap<String, List<Consumer<String>>> subscribers; // null before start() and after shutdown()
    private long delivered;

    public void start() {
        if (subscribers == null) {
            subscribers = new HashMap<>();
        }
    }

    public boolean subscribe(String topic, Consumer<String> handler) {
        if (topic.isEmpty()) {
            throw new IllegalArgumentException("empty topic");
        }
        if (subscribers != null) {
            subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
            return true;
        }
        return false;
    }

    public int publish(String topic, String payload) {
        int handled = 0;
        if (subscribers != null) {
            List<Consumer<String>> handlers = subscribers.get(topic);
            if (handlers != null) {
                for (Consumer<String> handler : List.copyOf(handlers)) {
                    handler.accept(payload); // a handler may shut the bus down; we only touch the copy afterwards
                    handled++;
                }
            }
        }
        delivered += handled;
        return handled;
    }

    public int topicCount() {
        int count = 0;
        if (subscribers != null) {
            count = subscribers.size();
        }
        return count;
    }

    public boolean unsubscribeAll(String topic) {
        if (subscribers != null) {
            return subscribers.remove(topic) != null;
        }
        throw new IllegalStateException("event bus is not running");
    }

    public void shutdown() {
        subscribers = null;
    }

    public long delivered() {
        return delivered;
    }

    public static void main(String[] args) {
        SF11EventBus bus = new SF11EventBus();
        List<String> log = new ArrayList<>();
        // Phase 1: not started.
        check(!bus.subscribe("orders", log::add), "subscribe refused before start");
        check(bus.publish("orders", "o-1") == 0, "nothing delivered before start");
        check(bus.topicCount() == 0, "no topics before start");
        expect(IllegalStateException.class, () -> bus.unsubscribeAll("orders"));
        expect(IllegalArgumentException.class, () -> bus.subscribe("", log::add));
        // Phase 2: running.
        bus.start();
        check(bus.subscribe("orders", log::add), "subscribed");
        check(bus.subscribe("orders", payload -> log.add("audit:" + payload)), "second handler");
        check(bus.publish("orders", "o-2") == 2, "two handlers");
        check(log.equals(List.of("o-2", "audit:o-2")), "delivery order");
        check(bus.publish("payments", "p-1") == 0, "no handler for payments");
        check(bus.unsubscribeAll("orders") && bus.topicCount() == 0, "unsubscribed");
        // A handler that shuts the bus down in the middle of a publish.
        bus.subscribe("kill", payload -> bus.shutdown());
        bus.subscribe("kill", log::add);
        check(bus.publish("kill", "now") == 2, "both handlers of the copy ran");
        // Phase 3: shut down (by the handler above, and once more explicitly).
        for (int round = 0; round < 2; round++) {
            check(bus.publish("kill", "again") == 0, "nothing after shutdown");
            check(!bus.subscribe("orders", log::add), "subscribe refused after shutdown");
            check(bus.topicCount() == 0, "no topics after shutdown");
            expect(IllegalStateException.class, () -> bus.unsubscribeAll("kill"));
            bus.shutdown();
        }
        // Phase 4: restarted with an empty table.
        bus.start();
        check(bus.topicCount() == 0, "fresh table");
        check(bus.subscribe("orders", log::add) && bus.publish("orders", "o-3") == 1, "works after restart");
        check(bus.delivered() == 5, "delivered " + bus.delivered());
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
