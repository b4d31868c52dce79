package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Android-style in-app notification center. Subscriber lists live in a map
 * that only exists while at least one subscription was made since the last
 * shutdown(). Lambdas work on a local, non-null copy of the field.
 */
public class H25NotificationCenter {
    private HashMap<String, List<Consumer<String>>> subscribers; // null until subscribe(), after shutdown()
    private int delivered;
    private final List<String> deadLetters = new ArrayList<>();

    public Runnable subscribe(String topic, Consumer<String> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener required");
        }
        HashMap<String, List<Consumer<String>>> subs = subscribers;
        if (subs == null) {
            subs = new HashMap<>();
            subscribers = subs;
        }
        subs.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
        return () -> {
            HashMap<String, List<Consumer<String>>> current = subscribers;
            if (current != null) {
                current.computeIfPresent(topic, (t, list) -> {
                    list.remove(listener);
                    return list.isEmpty() ? null : list;
                });
            }
        };
    }

    public int post(String topic, String message) {
        Map<String, List<Consumer<String>>> subs = subscribers;
        List<Consumer<String>> live = subs == null ? null : subs.get(topic);
        if (live == null) {
            deadLetters.add(topic + ":" + message);
            return 0;
        }
        List<Consumer<String>> targets = List.copyOf(live);
        targets.forEach(l -> l.accept(message));
        delivered += targets.size();
        return targets.size();
    }

    public int topicCount() {
        Map<String, List<Consumer<String>>> subs = subscribers;
        return subs == null ? 0 : subs.size();
    }

    public void shutdown() {
        subscribers = null;
    }

    public int delivered() {
        return delivered;
    }

    public List<String> deadLetters() {
        return List.copyOf(deadLetters);
    }

    public static void main(String[] args) {
        H25NotificationCenter nc = new H25NotificationCenter();
        assert nc.post("sync", "start") == 0;
        assert nc.topicCount() == 0;
        List<String> inbox = new ArrayList<>();
        Runnable unsubscribeA = nc.subscribe("sync", m -> inbox.add("A:" + m));
        nc.subscribe("sync", m -> {
            inbox.add("B:" + m);
            if (m.equals("bye")) {
                nc.shutdown();
            }
        });
        assert nc.post("sync", "1") == 2;
        unsubscribeA.run();
        assert nc.post("sync", "2") == 1;
        assert nc.post("sync", "bye") == 1;
        assert nc.topicCount() == 0;
        unsubscribeA.run();
        assert nc.post("sync", "late") == 0;
        Runnable unsubC = nc.subscribe("push", inbox::add);
        assert nc.post("push", "hi") == 1;
        unsubC.run();
        assert nc.topicCount() == 0;
        assert inbox.equals(List.of("A:1", "B:1", "B:2", "B:bye", "hi")) : inbox;
        assert nc.deadLetters().equals(List.of("sync:start", "sync:late"));
        assert nc.delivered() == 5;
        System.out.println(inbox);
    }
}
