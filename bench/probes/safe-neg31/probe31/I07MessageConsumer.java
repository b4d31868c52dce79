package probe31;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Batch message consumer. Per-topic tallies are kept in a field that exists only for the duration
 * of consume(); the private helpers that touch it are reachable only from inside that window.
 */
public final class I07MessageConsumer {
    public record Message(String topic, String key, String payload) {
    }

    private Map<String, Integer> perTopic; // non-null only while consume() is on the stack
    private long processed;
    private String lastSummary = "none";
    private final List<String> deadLetters = new ArrayList<>();

    public synchronized int consume(List<Message> batch) {
        if (perTopic != null) {
            throw new IllegalStateException("consume() is not reentrant");
        }
        perTopic = new TreeMap<>();
        try {
            int ok = 0;
            for (Message m : batch) {
                if (m != null && handle(m)) {
                    ok++;
                }
            }
            lastSummary = summarize();
            return ok;
        } finally {
            perTopic = null;
        }
    }

    private boolean handle(Message m) {
        if (m.topic() == null || m.payload() == null || m.payload().isBlank()) {
            deadLetters.add(m.key());
            return false;
        }
        tally(m.topic());
        processed++;
        return true;
    }

    private void tally(String topic) {
        perTopic.merge(topic, 1, Integer::sum);
    }

    private String summarize() {
        return perTopic.toString();
    }

    public synchronized long processed() {
        return processed;
    }

    public synchronized String lastSummary() {
        return lastSummary;
    }

    public synchronized List<String> deadLetters() {
        return Collections.unmodifiableList(new ArrayList<>(deadLetters));
    }

    public static void main(String[] args) {
        I07MessageConsumer consumer = new I07MessageConsumer();
        if (consumer.processed() != 0 || !consumer.lastSummary().equals("none") || !consumer.deadLetters().isEmpty()) {
            throw new AssertionError("fresh consumer");
        }
        List<Message> batch = new ArrayList<>();
        batch.add(new Message("orders", "k1", "{\"id\":1}"));
        batch.add(new Message("orders", "k2", "{\"id\":2}"));
        batch.add(new Message("payments", "k3", "{\"id\":3}"));
        batch.add(new Message("payments", "k4", " "));
        batch.add(null);
        int ok = consumer.consume(batch);
        if (ok != 3) throw new AssertionError("ok=" + ok);
        if (!consumer.lastSummary().equals("{orders=2, payments=1}")) throw new AssertionError(consumer.lastSummary());
        if (!consumer.deadLetters().equals(List.of("k4"))) throw new AssertionError("dead letters");
        if (consumer.consume(List.of()) != 0 || !consumer.lastSummary().equals("{}")) throw new AssertionError("empty batch");
        Message m = batch.get(0);
        System.out.println("I07 processed=" + consumer.processed() + " first=" + m.topic() + "/" + m.key() + "/" + m.payload());
    }
}
