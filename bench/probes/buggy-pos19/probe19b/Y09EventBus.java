package probe19b;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** In-process event bus; deliveries are queued and run by the dispatcher loop (drain). */
public class Y09EventBus {

    private Map<String, List<Consumer<String>>> subscribers = new HashMap<>();
    private Map<String, Integer> delivered = new ConcurrentHashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final List<Runnable> shutdownHooks = new ArrayList<>();

    void subscribe(String topic, Consumer<String> consumer) {
        if (subscribers == null) {
            throw new IllegalStateException("bus is shut down");
        }
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(consumer);
    }

    void publish(String topic, String payload) {
        if (subscribers == null) {
            return; // dropped after shutdown
        }
        for (Consumer<String> c : subscribers.getOrDefault(topic, List.of())) {
            pending.add(() -> {
                c.accept(payload);
                delivered.merge(topic, 1, Integer::sum); // BUG
            });
        }
    }

    int drain() {
        int n = 0;
        Runnable task;
        while ((task = pending.poll()) != null) {
            task.run();
            n++;
        }
        return n;
    }

    int deliveredCount(String topic) {
        Map<String, Integer> d = delivered;
        return d == null ? 0 : d.getOrDefault(topic, 0);
    }

    /** Logs how many topics were still subscribed when the bus stops. */
    void enableShutdownReport() {
        shutdownHooks.add(() -> System.out.println("bus stopped with " + subscribers.size() + " topics")); // BUG
    }

    /** Graceful: delivers everything queued, then closes. */
    void shutdown() {
        drain();
        close();
    }

    /** Immediate: closes without draining; the dispatcher may still run queued tasks. */
    void shutdownNow() {
        close();
    }

    private void close() {
        subscribers = null;
        delivered = null;
        shutdownHooks.forEach(Runnable::run);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y09EventBus.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y09EventBus.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y09EventBus bus = new Y09EventBus();
        bus.subscribe("orders", p -> System.out.println("got " + p));
        bus.publish("orders", "o-1");
        System.out.println("drained " + bus.drain() + " delivered " + bus.deliveredCount("orders"));
        bus.publish("orders", "o-2");
        bus.shutdown();
        bus.publish("orders", "o-3");
        System.out.println("after shutdown delivered " + bus.deliveredCount("orders"));

        prove(34, () -> {
            Y09EventBus b = new Y09EventBus();
            b.subscribe("invoices", p -> System.out.println("got " + p));
            b.publish("invoices", "i-9");
            b.shutdownNow();
            b.drain();
        });
        prove(56, () -> {
            Y09EventBus b = new Y09EventBus();
            b.enableShutdownReport();
            b.shutdown();
        });
    }
}
