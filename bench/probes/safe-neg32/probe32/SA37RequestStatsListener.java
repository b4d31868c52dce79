package probe32;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Event-bus subscriber that aggregates request counts per path (Guava EventBus / Vert.x style).
 * The counting map is created in attach() before the method-reference listener is subscribed,
 * and detach() unsubscribes before dropping the map. The bus only delivers to currently
 * subscribed listeners, so the callback never runs while the map is null.
 */
public class SA37RequestStatsListener {

    static final class EventBus {
        private final List<Consumer<String>> listeners = new ArrayList<>();

        Consumer<String> subscribe(Consumer<String> l) {
            listeners.add(l);
            return l;
        }

        void unsubscribe(Consumer<String> l) {
            listeners.remove(l);
        }

        void publish(String event) {
            for (Consumer<String> l : List.copyOf(listeners)) {
                if (listeners.contains(l)) { // skip listeners removed during this dispatch
                    l.accept(event);
                }
            }
        }
    }

    private final EventBus bus;
    private Consumer<String> subscription;      // non-null <=> countsByPath non-null
    private Map<String, Integer> countsByPath;

    public SA37RequestStatsListener(EventBus bus) {
        this.bus = bus;
    }

    public void attach() {
        if (subscription != null) {
            return;
        }
        countsByPath = new TreeMap<>();
        subscription = bus.subscribe(this::onRequest);
    }

    public void detach() {
        if (subscription == null) {
            return;
        }
        bus.unsubscribe(subscription);
        subscription = null;
        countsByPath = null;
    }

    private void onRequest(String event) {
        String path = event.substring(event.indexOf(' ') + 1);
        countsByPath.merge(path, 1, Integer::sum);
    }

    public int count(String path) {
        if (subscription == null) {
            return 0;
        }
        return countsByPath.getOrDefault(path, 0);
    }

    public String report() {
        return subscription == null ? "<detached>" : countsByPath.toString();
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        SA37RequestStatsListener stats = new SA37RequestStatsListener(bus);
        SA37RequestStatsListener other = new SA37RequestStatsListener(bus);
        bus.publish("GET /ignored");
        System.out.println("detached: " + stats.report() + " count=" + stats.count("/ignored"));
        stats.detach();
        stats.attach();
        stats.attach();
        other.attach();
        bus.publish("GET /users");
        bus.publish("POST /users");
        bus.publish("GET /health");
        System.out.println("stats=" + stats.report() + " users=" + stats.count("/users") + " other=" + other.report());
        stats.detach();
        bus.publish("GET /users");
        stats.detach();
        System.out.println("after detach: " + stats.report() + " count=" + stats.count("/users") + " other=" + other.count("/users"));
        bus.subscribe(e -> other.detach());
        bus.publish("GET /trigger-detach");
        bus.publish("GET /after");
        System.out.println("other after self-detach: " + other.report());
        stats.attach();
        bus.publish("GET /again");
        System.out.println("reattached: " + stats.report());
    }
}
