package probe24;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks WebSocket sessions and their topic subscriptions. A session's subscription map
 * is created when the registry admits the session and dropped when the registry removes
 * it, so membership in the registry's {@code open} set is what guards the map.
 */
public class Z37WebSocketRegistry {

    /** One client connection; only the registry creates sessions. */
    public static final class Session {
        private final String id;
        /** Topic to filter; non-null exactly while the session is in its registry's open set. */
        private ConcurrentHashMap<String, String> subscriptions;

        private Session(String id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Session[" + id + "]";
        }
    }

    private final Set<Session> open = new LinkedHashSet<>();

    public Session connect(String id) {
        Session s = new Session(id);
        s.subscriptions = new ConcurrentHashMap<>();
        open.add(s);
        return s;
    }

    public boolean subscribe(Session s, String topic, String filter) {
        if (!open.contains(s)) {
            return false;
        }
        s.subscriptions.put(topic, filter);
        return true;
    }

    public void disconnect(Session s) {
        if (open.remove(s)) {
            s.subscriptions = null;
        }
    }

    /** Sessions that would receive {@code message} on {@code topic}. */
    public List<String> broadcast(String topic, String message) {
        List<String> receivers = new ArrayList<>();
        for (Session s : open) {
            String filter = s.subscriptions.get(topic);
            if (filter != null && message.contains(filter)) {
                receivers.add(s.id);
            }
        }
        return receivers;
    }

    public int subscriptionCount() {
        return open.stream().mapToInt(s -> s.subscriptions.size()).sum();
    }

    public static void main(String[] args) {
        Z37WebSocketRegistry registry = new Z37WebSocketRegistry();
        Session a = registry.connect("a");
        Session b = registry.connect("b");
        registry.subscribe(a, "prices", "");
        registry.subscribe(b, "prices", "EUR");
        registry.subscribe(b, "news", "");
        System.out.println(registry.broadcast("prices", "USD 1.0") + " " + registry.broadcast("prices", "EUR 0.9")
                + " " + registry.subscriptionCount());
        registry.disconnect(b);
        registry.disconnect(b);
        System.out.println(registry.subscribe(b, "news", "") + " " + registry.broadcast("news", "hi") + " "
                + registry.broadcast("prices", "EUR") + " " + registry.subscriptionCount() + " " + b);
        Z37WebSocketRegistry other = new Z37WebSocketRegistry();
        System.out.println(other.subscribe(a, "x", "") + " " + other.broadcast("x", "y"));
    }
}
