package probe27;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** In-process pub/sub broker: a topic's subscriber table exists only while someone listens. */
public final class F13TopicBroker {

    public static final class Topic {
        private final String name;
        private final int retainLimit;
        private ConcurrentMap<String, Consumer<String>> subscribers; // null while nobody listens
        private final Deque<String> retained = new ArrayDeque<>();
        private long delivered;

        Topic(String name, int retainLimit) {
            this.name = name;
            this.retainLimit = retainLimit;
        }

        public synchronized void subscribe(String id, Consumer<String> consumer) {
            if (subscribers == null) subscribers = new ConcurrentHashMap<>();
            if (subscribers.putIfAbsent(id, consumer) != null) throw new IllegalArgumentException("duplicate subscriber " + id);
            while (!retained.isEmpty()) { // replay what arrived while nobody listened
                consumer.accept(retained.pollFirst());
                delivered++;
            }
        }

        public synchronized boolean unsubscribe(String id) {
            if (subscribers == null) return false;
            boolean removed = subscribers.remove(id) != null;
            if (subscribers.isEmpty()) subscribers = null;
            return removed;
        }

        public synchronized int publish(String message) {
            ConcurrentMap<String, Consumer<String>> subs = subscribers;
            if (subs == null) {
                retained.addLast(message);
                if (retained.size() > retainLimit) retained.pollFirst();
                return 0;
            }
            int n = 0;
            for (Consumer<String> c : List.copyOf(subs.values())) { // snapshot: consumers may unsubscribe
                c.accept(message);
                n++;
            }
            delivered += n;
            return n;
        }

        public synchronized int subscriberCount() { return subscribers == null ? 0 : subscribers.size(); }

        public synchronized int retainedCount() { return retained.size(); }

        public synchronized long delivered() { return delivered; }
    }

    private final ConcurrentMap<String, Topic> topics = new ConcurrentHashMap<>();

    public Topic topic(String name) { return topics.computeIfAbsent(name, n -> new Topic(n, 3)); }

    public int publish(String topic, String message) { return topic(topic).publish(message); }

    public Set<String> activeTopics() {
        return topics.values().stream().filter(t -> t.subscriberCount() > 0).map(t -> t.name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static void main(String[] args) {
        F13TopicBroker broker = new F13TopicBroker();
        Topic orders = broker.topic("orders");
        assert !orders.unsubscribe("nobody") && orders.subscriberCount() == 0;
        for (int i = 1; i <= 4; i++) assert broker.publish("orders", "o" + i) == 0;
        assert orders.retainedCount() == 3 && broker.activeTopics().isEmpty();

        List<String> audit = new ArrayList<>();
        orders.subscribe("audit", audit::add);
        assert audit.equals(List.of("o2", "o3", "o4")) && orders.retainedCount() == 0;
        List<String> once = new ArrayList<>();
        orders.subscribe("once", m -> { once.add(m); orders.unsubscribe("once"); });
        boolean dup = false;
        try { orders.subscribe("audit", m -> { }); } catch (IllegalArgumentException expected) { dup = true; }
        assert dup;
        assert broker.publish("orders", "o5") == 2;
        assert broker.publish("orders", "o6") == 1;
        assert once.equals(List.of("o5")) && audit.size() == 5;
        assert broker.activeTopics().equals(Set.of("orders"));

        orders.subscribe("last", m -> orders.unsubscribe("audit"));
        orders.publish("o7");
        orders.subscribe("final", m -> { orders.unsubscribe("last"); orders.unsubscribe("final"); });
        orders.publish("o8"); // the last listeners leave during delivery
        assert orders.subscriberCount() == 0 && broker.activeTopics().isEmpty();
        assert orders.publish("o9") == 0 && orders.retainedCount() == 1;
        assert orders.delivered() == 3 + 2 + 1 + 2 + 2 : orders.delivered();
        System.out.println("F13 ok");
    }
}
