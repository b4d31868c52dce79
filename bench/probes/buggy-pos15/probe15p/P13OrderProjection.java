package probe15p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public class P13OrderProjection {
    static final class EventBus {
        private final Map<String, List<Consumer<String[]>>> handlers = new HashMap<>();

        void subscribe(String topic, Consumer<String[]> handler) {
            handlers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        }

        void publish(String topic, String... payload) {
            for (Consumer<String[]> handler : handlers.getOrDefault(topic, List.of())) {
                handler.accept(payload);
            }
        }
    }

    private Map<String, List<String>> ordersByCustomer;
    private Map<String, String> statusByOrder;

    public P13OrderProjection(EventBus bus) {
        bus.subscribe("order.created", payload -> ordersByCustomer.computeIfAbsent(payload[1], c -> new ArrayList<>()).add(payload[0])); // BUG
        bus.subscribe("order.shipped", payload -> {
            if (statusByOrder != null) statusByOrder.put(payload[0], "SHIPPED");
        });
        bus.subscribe("order.cancelled", this::onCancelled);
    }

    public void start(Map<String, List<String>> replayed) {
        ordersByCustomer = new HashMap<>(replayed);
        statusByOrder = new HashMap<>();
    }

    private void onCancelled(String[] payload) {
        statusByOrder.put(payload[0], "CANCELLED"); // BUG
    }

    public List<String> ordersOf(String customer) {
        return ordersByCustomer == null ? List.of() : ordersByCustomer.getOrDefault(customer, List.of());
    }

    public String statusOf(String orderId) {
        return statusByOrder == null ? "UNKNOWN" : statusByOrder.getOrDefault(orderId, "OPEN");
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        P13OrderProjection projection = new P13OrderProjection(bus);
        bus.publish("order.shipped", "o-0");
        System.out.println(projection.ordersOf("c-9") + " " + projection.statusOf("o-0"));
        prove(() -> bus.publish("order.created", "o-1", "c-9"));
        prove(() -> bus.publish("order.cancelled", "o-1"));

        projection.start(Map.of("c-1", List.of("o-legacy")));
        bus.publish("order.created", "o-2", "c-9");
        bus.publish("order.shipped", "o-2");
        bus.publish("order.cancelled", "o-3");
        System.out.println(projection.ordersOf("c-9") + " " + projection.statusOf("o-2") + " " + projection.statusOf("o-3"));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
