package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process pub/sub bus for application events. */
public final class I14EventBus {
    private HashMap<String, List<Consumer<String>>> subscribers; // null before first subscribe and after shutdown
    private boolean shutDown;

    public synchronized Runnable subscribe(String topic, Consumer<String> handler) {
        if (shutDown) {
            throw new IllegalStateException("bus is shut down");
        }
        if (subscribers == null) {
            subscribers = new HashMap<>();
        }
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
        return () -> unsubscribe(topic, handler);
    }

    public synchronized boolean unsubscribe(String topic, Consumer<String> handler) {
        if (subscribers == null) {
            return false;
        }
        List<Consumer<String>> list = subscribers.get(topic);
        if (list == null || !list.remove(handler)) {
            return false;
        }
        if (list.isEmpty()) {
            subscribers.remove(topic);
        }
        return true;
    }

    public int publish(String topic, String event) {
        List<Consumer<String>> list;
        synchronized (this) {
            if (subscribers == null) {
                return 0;
            }
            list = subscribers.get(topic);
        }
        if (list == null) {
            return 0;
        }
        int delivered = 0;
        for (Consumer<String> c : list) {
            c.accept(event);
            delivered++;
        }
        return delivered;
    }

    public synchronized int topicCount() {
        return subscribers == null ? 0 : subscribers.size();
    }

    public synchronized void shutdown() {
        shutDown = true;
        subscribers = null;
    }

    public static void main(String[] args) {
        I14EventBus bus = new I14EventBus();
        if (bus.publish("user.created", "u1") != 0 || bus.topicCount() != 0) throw new AssertionError("empty bus");
        if (bus.unsubscribe("user.created", s -> { })) throw new AssertionError("nothing to unsubscribe");
        List<String> audit = new ArrayList<>();
        Consumer<String> auditor = e -> audit.add("audit:" + e);
        Runnable cancelAudit = bus.subscribe("user.created", auditor);
        bus.subscribe("user.created", e -> audit.add("mail:" + e));
        // a handler that shuts the bus down while an event is being delivered
        bus.subscribe("system.halt", e -> bus.shutdown());
        if (bus.publish("user.created", "u2") != 2) throw new AssertionError("two handlers");
        cancelAudit.run();
        cancelAudit.run();
        if (bus.publish("user.created", "u3") != 1) throw new AssertionError("after cancel");
        if (bus.publish("nobody.listens", "x") != 0) throw new AssertionError("unknown topic");
        if (bus.topicCount() != 2) throw new AssertionError("topics");
        bus.publish("system.halt", "now");
        bus.shutdown();
        if (bus.publish("user.created", "u4") != 0 || bus.topicCount() != 0) throw new AssertionError("shut down");
        if (bus.unsubscribe("user.created", auditor)) throw new AssertionError("unsubscribe after shutdown");
        cancelAudit.run();
        try {
            bus.subscribe("late", e -> { });
            throw new AssertionError("subscribe after shutdown");
        } catch (IllegalStateException expected) {
            // closed
        }
        System.out.println("I14 " + audit);
    }
}
