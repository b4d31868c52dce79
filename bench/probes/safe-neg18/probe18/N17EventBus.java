package probe18;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Topic-based in-process event bus for decoupling application modules. */
public final class N17EventBus {
    private Map<String, List<Consumer<String>>> subscribers;
    private Map<String, Integer> deadLetters;

    private Map<String, List<Consumer<String>>> ensureSubscribers() {
        if (subscribers == null) {
            subscribers = new HashMap<>();
        }
        return subscribers;
    }

    public Runnable subscribe(String topic, Consumer<String> handler) {
        ensureSubscribers().computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        return () -> unsubscribe(topic, handler);
    }

    private void unsubscribe(String topic, Consumer<String> handler) {
        if (subscribers == null) {
            return;
        }
        List<Consumer<String>> list = subscribers.get(topic);
        if (list != null && list.remove(handler) && list.isEmpty()) {
            subscribers.remove(topic);
        }
    }

    public int publish(String topic, String message) {
        List<Consumer<String>> list = subscribers == null ? null : subscribers.get(topic);
        if (list == null || list.isEmpty()) {
            if (deadLetters == null) {
                deadLetters = new HashMap<>();
            }
            deadLetters.merge(topic, 1, Integer::sum);
            return 0;
        }
        List<Consumer<String>> snapshot = List.copyOf(list);
        snapshot.forEach(h -> h.accept(message));
        return snapshot.size();
    }

    public int deadLetterCount(String topic) {
        return deadLetters == null ? 0 : deadLetters.getOrDefault(topic, 0);
    }

    public void shutdown() {
        subscribers = null;
        deadLetters = null;
    }

    public static void main(String[] args) {
        N17EventBus bus = new N17EventBus();
        System.out.println("publish to nobody: " + bus.publish("orders", "o1") + " dead=" + bus.deadLetterCount("orders"));
        List<String> log = new ArrayList<>();
        Runnable cancelA = bus.subscribe("orders", m -> log.add("A:" + m));
        bus.subscribe("orders", m -> {
            log.add("B:" + m);
            bus.shutdown();
        });
        System.out.println("delivered: " + bus.publish("orders", "o2"));
        cancelA.run();
        System.out.println("after shutdown: " + bus.publish("orders", "o3") + " dead=" + bus.deadLetterCount("orders"));
        Runnable cancelC = bus.subscribe("users", m -> log.add("C:" + m));
        cancelC.run();
        cancelC.run();
        System.out.println("users: " + bus.publish("users", "u1") + " " + log);
    }
}
