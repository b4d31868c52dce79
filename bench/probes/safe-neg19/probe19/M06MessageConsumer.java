package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Message queue consumer that buffers payloads per topic while running. */
public class M06MessageConsumer {
    public record Message(String topic, String key, String payload) {}

    private final AtomicBoolean running = new AtomicBoolean(false);
    private Map<String, List<String>> inbox;
    private Map<String, Long> offsets;
    private long dropped;

    public synchronized void start() {
        if (running.get()) {
            return;
        }
        inbox = new HashMap<>();
        offsets = new HashMap<>();
        running.set(true);
    }

    public synchronized boolean deliver(Message message) {
        if (!running.get()) {
            dropped++;
            return false;
        }
        inbox.computeIfAbsent(message.topic(), t -> new ArrayList<>()).add(message.key() + "=" + message.payload());
        offsets.merge(message.topic(), 1L, Long::sum);
        return true;
    }

    public synchronized List<String> drain(String topic) {
        if (!running.get()) {
            return List.of();
        }
        List<String> batch = inbox.remove(topic);
        return batch == null ? List.of() : batch;
    }

    public synchronized long offset(String topic) {
        return running.get() ? offsets.getOrDefault(topic, 0L) : -1L;
    }

    public synchronized long dropped() {
        return dropped;
    }

    public synchronized void stop() {
        if (running.compareAndSet(true, false)) {
            inbox = null;
            offsets = null;
        }
    }

    public static void main(String[] args) {
        M06MessageConsumer consumer = new M06MessageConsumer();
        consumer.deliver(new Message("orders", "o1", "{}"));
        System.out.println(consumer.drain("orders") + " " + consumer.offset("orders"));
        consumer.stop();
        consumer.start();
        consumer.start();
        consumer.deliver(new Message("orders", "o2", "{\"qty\":1}"));
        consumer.deliver(new Message("orders", "o3", "{\"qty\":2}"));
        consumer.deliver(new Message("refunds", "r1", "{}"));
        System.out.println(consumer.drain("orders") + " " + consumer.offset("orders") + " " + consumer.drain("none"));
        consumer.stop();
        consumer.stop();
        System.out.println(consumer.offset("refunds") + " dropped=" + consumer.dropped());
        consumer.start();
        System.out.println(consumer.drain("refunds") + " " + consumer.offset("refunds"));
    }
}
