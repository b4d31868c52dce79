package probe35;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Topic-based in-process event bus. The handler table is created by the first
 * subscription and dropped on shutdown; guards are written Yoda-style and as negations.
 */
public class SE11EventBus {
    private HashMap<String, List<Consumer<String>>> handlers; // null before subscribe / after shutdown
    private int deadLetters;

    public void subscribe(String topic, Consumer<String> handler) {
        if (null == topic || null == handler) {
            throw new IllegalArgumentException("topic and handler required");
        }
        if (null == handlers) {
            handlers = new HashMap<>();
        }
        handlers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
    }

    public int publish(String topic, String payload) {
        int delivered = 0;
        if (null != handlers) {
            for (Consumer<String> handler : handlers.getOrDefault(topic, List.of())) {
                handler.accept(payload);
                delivered++;
            }
        }
        if (delivered == 0) {
            deadLetters++;
        }
        return delivered;
    }

    public boolean hasSubscribers(String topic) {
        return !(handlers == null) && handlers.containsKey(topic);
    }

    public int topics() {
        if (!(null == handlers)) {
            return handlers.size();
        }
        return 0;
    }

    public void shutdown() {
        handlers = null;
    }

    public int deadLetters() {
        return deadLetters;
    }

    public static void main(String[] args) {
        SE11EventBus bus = new SE11EventBus();
        List<String> received = new ArrayList<>();
        check(bus.publish("orders", "o1") == 0 && !bus.hasSubscribers("orders") && bus.topics() == 0, "empty bus");
        expect(IllegalArgumentException.class, () -> bus.subscribe(null, received::add));

        bus.subscribe("orders", received::add);
        bus.subscribe("orders", p -> received.add(p.toUpperCase()));
        bus.subscribe("audit", received::add);
        check(bus.publish("orders", "o2") == 2 && received.equals(List.of("o2", "O2")), "delivered");
        check(bus.hasSubscribers("audit") && bus.topics() == 2, "topics");
        check(bus.publish("billing", "b1") == 0, "no billing subscribers");

        for (int round = 0; round < 2; round++) {
            bus.shutdown();
            check(bus.publish("orders", "o3") == 0 && !bus.hasSubscribers("orders") && bus.topics() == 0, "shut down");
        }

        bus.subscribe("audit", received::add);
        check(bus.publish("audit", "a1") == 1 && received.get(received.size() - 1).equals("a1"), "resubscribed");
        check(bus.deadLetters() == 4, "dead letters " + bus.deadLetters());
        System.out.println("SE11EventBus ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
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
}
