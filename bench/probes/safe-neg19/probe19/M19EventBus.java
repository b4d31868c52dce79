package probe19;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process publish/subscribe event bus returning unsubscribe handles. */
public class M19EventBus {
    private Map<String, List<Consumer<String>>> subscribers;
    private Map<String, Integer> deliveries;
    private boolean closed;

    public M19EventBus() {
        subscribers = new HashMap<>();
        deliveries = new TreeMap<>();
    }

    public Runnable subscribe(String topic, Consumer<String> listener) {
        if (closed) {
            return () -> { };
        }
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            if (closed) {
                return;
            }
            List<Consumer<String>> list = subscribers.get(topic);
            if (list != null) {
                list.remove(listener);
            }
        };
    }

    public int publish(String topic, String payload) {
        if (closed) {
            return 0;
        }
        List<Consumer<String>> list = subscribers.getOrDefault(topic, List.of());
        int delivered = 0;
        for (Consumer<String> listener : list) {
            listener.accept(payload);
            delivered++;
        }
        if (!closed) {
            deliveries.merge(topic, delivered, Integer::sum);
        }
        return delivered;
    }

    public Map<String, Integer> deliveryStats() {
        return closed ? Map.of() : new TreeMap<>(deliveries);
    }

    public void close() {
        closed = true;
        subscribers = null;
        deliveries = null;
    }

    public static void main(String[] args) {
        M19EventBus bus = new M19EventBus();
        System.out.println(bus.publish("orders", "nobody listening") + " " + bus.deliveryStats());
        Runnable cancelAudit = bus.subscribe("orders", msg -> System.out.println("audit: " + msg));
        bus.subscribe("orders", msg -> System.out.println("mailer: " + msg));
        System.out.println(bus.publish("orders", "order-1"));
        cancelAudit.run();
        cancelAudit.run();
        System.out.println(bus.publish("orders", "order-2") + " " + bus.deliveryStats());
        Runnable cancelShutdown = bus.subscribe("admin", msg -> bus.close());
        bus.subscribe("admin", msg -> System.out.println("second admin listener sees " + msg));
        System.out.println(bus.publish("admin", "shutdown") + " " + bus.deliveryStats());
        cancelShutdown.run();
        bus.close();
        Runnable late = bus.subscribe("orders", msg -> { });
        late.run();
        System.out.println(bus.publish("orders", "order-3"));
    }
}
