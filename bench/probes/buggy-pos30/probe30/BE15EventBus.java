package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** In-process event bus with sticky events, optional ordering and dead-letter redrive. */
public final class BE15EventBus {

    private static final String FILE = "BE15EventBus.java";

    private final Map<String, List<Consumer<String>>> subscribers = new HashMap<>();
    private final Map<String, String> sticky = new HashMap<>();
    private final boolean ordered;
    private Map<String, Long> sequenceNumbers;
    private Map<String, List<String>> deadLetters;

    BE15EventBus(boolean ordered) {
        this.ordered = ordered;
        if (ordered) {
            sequenceNumbers = new HashMap<>();
        }
    }

    void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        String last = sticky.get(topic);
        if (last != null) {
            handler.accept(last);
        }
    }

    void publish(String topic, String event, boolean keep) {
        if (ordered) {
            sequenceNumbers.merge(topic, 1L, Long::sum);
        }
        if (keep) {
            sticky.put(topic, event);
        }
        List<Consumer<String>> handlers = subscribers.get(topic);
        if (handlers == null || handlers.isEmpty()) {
            if (deadLetters == null) {
                deadLetters = new LinkedHashMap<>();
            }
            deadLetters.computeIfAbsent(topic, t -> new ArrayList<>()).add(event);
            return;
        }
        for (Consumer<String> h : handlers) {
            h.accept(event);
        }
    }

    long lastSequence(String topic) {
        return sequenceNumbers.getOrDefault(topic, 0L);
    }

    int deadLetterCount() {
        Map<String, List<String>> snapshot = deadLetters;
        int n = 0;
        if (snapshot != null) {
            for (List<String> events : snapshot.values()) {
                n += events.size();
            }
        }
        return n;
    }

    /** Re-drives dead letters to topics that have gained subscribers. */
    final class Redriver {
        int redrive() {
            int delivered = 0;
            for (Map.Entry<String, List<String>> e : deadLetters.entrySet()) {
                List<Consumer<String>> handlers = subscribers.getOrDefault(e.getKey(), List.of());
                for (String event : e.getValue()) {
                    handlers.forEach(h -> h.accept(event));
                    delivered += handlers.isEmpty() ? 0 : 1;
                }
            }
            return delivered;
        }
    }

    /** Read model projecting "customer:amount" order events into per-customer totals. */
    static final class OrderProjection {
        private final Map<String, Integer> totals;

        OrderProjection(BE15EventBus bus) {
            bus.subscribe("orders", this::onOrder);
            this.totals = new HashMap<>();
        }

        void onOrder(String event) {
            String[] parts = event.split(":");
            totals.merge(parts[0], Integer.parseInt(parts[1]), Integer::sum);
        }
    }

    public static void main(String[] args) {
        BE15EventBus bus = new BE15EventBus(true);
        bus.publish("audit", "boot", false);
        OrderProjection projection = new OrderProjection(bus);
        bus.publish("orders", "acme:5", false);
        bus.publish("orders", "acme:7", false);
        bus.subscribe("audit", e -> System.out.println("audit got " + e));
        System.out.println("totals=" + projection.totals + " seq=" + bus.lastSequence("orders")
                + " dead=" + bus.deadLetterCount() + " redriven=" + bus.new Redriver().redrive());
        BE15EventBus fast = new BE15EventBus(false);
        fast.publish("ticks", "t1", true);
        System.out.println("fast dead=" + fast.deadLetterCount());

        try {
            fast.lastSequence("ticks");
            miss(57);
        } catch (NullPointerException e) {
            expect(e, 57);
        }
        try {
            BE15EventBus quiet = new BE15EventBus(true);
            System.out.println(quiet.new Redriver().redrive());
            miss(75);
        } catch (NullPointerException e) {
            expect(e, 75);
        }
        try {
            BE15EventBus replaying = new BE15EventBus(false);
            replaying.publish("orders", "globex:3", true);
            new OrderProjection(replaying);
            miss(97);
        } catch (NullPointerException e) {
            expect(e, 97);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
