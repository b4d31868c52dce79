package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public class S13EventBus {
    private Map<String, List<Consumer<String>>> subscribers;
    private Map<String, Integer> deliveredCount;

    public Runnable subscribe(String topic, Consumer<String> handler) {
        if (subscribers == null) {
            subscribers = new HashMap<>();
        }
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        return () -> {
            if (subscribers != null) {
                List<Consumer<String>> list = subscribers.get(topic);
                if (list != null) {
                    list.remove(handler);
                }
            }
        };
    }

    public int publish(String topic, String payload) {
        if (subscribers == null) {
            return 0;
        }
        List<Consumer<String>> list = subscribers.get(topic);
        if (list == null) {
            return 0;
        }
        list.forEach(h -> h.accept(payload));
        if (deliveredCount == null) {
            deliveredCount = new HashMap<>();
        }
        deliveredCount.merge(topic, list.size(), Integer::sum);
        return list.size();
    }

    public void shutdown() {
        subscribers = null;
        deliveredCount = null;
    }

    public int delivered(String topic) {
        return deliveredCount == null ? 0 : deliveredCount.getOrDefault(topic, 0);
    }

    public static void main(String[] args) {
        S13EventBus bus = new S13EventBus();
        System.out.println("publish with no subs: " + bus.publish("orders", "o-1"));
        List<String> log = new ArrayList<>();
        Runnable unsubA = bus.subscribe("orders", p -> log.add("A:" + p));
        bus.subscribe("orders", p -> log.add("B:" + p));
        bus.subscribe("payments", p -> log.add("P:" + p));
        bus.publish("orders", "o-2");
        bus.publish("payments", "pay-7");
        unsubA.run();
        bus.publish("orders", "o-3");
        System.out.println(log);
        System.out.println("delivered orders: " + bus.delivered("orders"));
        bus.shutdown();
        unsubA.run();
        System.out.println("after shutdown: " + bus.publish("orders", "o-4") + " delivered=" + bus.delivered("orders"));
    }
}
