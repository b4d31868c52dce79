package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In-process topic broker modelled loosely on Kafka / RabbitMQ clients: messages
 * carry headers, subscriptions may filter on header values, and consumer offsets
 * are committed from a delivery thread.
 */
public class BC10MessageBroker {

    public record Message(String topic, String payload, Map<String, String> headers) {
        static Message of(String topic, String payload) {
            return new Message(topic, payload, null);
        }
    }

    static final class Subscription {
        final String topic;
        final Map<String, String> filters;

        Subscription(String topic) {
            this.topic = topic;
            this.filters = null;
        }

        Subscription(String topic, Map<String, String> filters) {
            this.topic = topic;
            this.filters = Map.copyOf(filters);
        }
    }

    private final Map<String, List<Message>> log = new HashMap<>();
    private Map<String, Integer> offsets;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "broker-delivery");
        t.setDaemon(true);
        return t;
    });

    public void start() {
        offsets = new ConcurrentHashMap<>();
    }

    public void publish(Message m) {
        log.computeIfAbsent(m.topic(), t -> new ArrayList<>()).add(m);
    }

    public int priority(Message m) {
        String p = m.headers().getOrDefault("priority", "0");
        return Integer.parseInt(p);
    }

    public int priorityOrDefault(Message m) {
        Map<String, String> h = m.headers();
        return h == null ? 0 : Integer.parseInt(h.getOrDefault("priority", "0"));
    }

    boolean matches(Subscription sub, Message m) {
        if (sub.filters == null || sub.filters.isEmpty()) {
            return true;
        }
        Map<String, String> h = m.headers() == null ? Map.of() : m.headers();
        return sub.filters.entrySet().stream().allMatch(e -> e.getValue().equals(h.get(e.getKey())));
    }

    public String describe(Subscription sub) {
        return sub.topic + " filters=" + sub.filters.keySet();
    }

    public Future<List<String>> poll(Subscription sub) {
        return delivery.submit(() -> {
            List<Message> msgs = log.getOrDefault(sub.topic, List.of());
            int from = offsets.getOrDefault(sub.topic, 0);
            List<String> out = new ArrayList<>();
            for (int i = from; i < msgs.size(); i++) {
                if (matches(sub, msgs.get(i))) {
                    out.add(msgs.get(i).payload());
                }
            }
            offsets.put(sub.topic, msgs.size());
            return out;
        });
    }

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                throw npe;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC10MessageBroker.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC10MessageBroker.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC10MessageBroker broker = new BC10MessageBroker();
        broker.start();
        Message urgent = new Message("orders", "o-1", Map.of("priority", "9", "region", "eu"));
        Message plain = Message.of("orders", "o-2");
        broker.publish(urgent);
        broker.publish(plain);
        Subscription eu = new Subscription("orders", Map.of("region", "eu"));
        Subscription all = new Subscription("orders");
        System.out.println(broker.describe(eu) + " prio=" + broker.priority(urgent) + "/" + broker.priorityOrDefault(plain));
        System.out.println("eu=" + await(broker.poll(eu)) + " again=" + await(broker.poll(eu)));
        System.out.println("all matches plain=" + broker.matches(all, plain) + " eu plain=" + broker.matches(eu, plain));

        expectNpe("priority of header-less message", 58, () -> broker.priority(plain));
        expectNpe("describe unfiltered subscription", 76, () -> broker.describe(all));
        BC10MessageBroker cold = new BC10MessageBroker();
        cold.publish(plain);
        expectNpe("poll before start", 82, () -> await(cold.poll(all)));
    }
}
