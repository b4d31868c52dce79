package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

public class O08EventBus {

    private Map<String, List<Consumer<String>>> subscribers = new HashMap<>();
    private Map<String, Integer> deliveries = new TreeMap<>();
    private final List<String> deadLetters = new ArrayList<>();

    public final class Subscription {
        private final String topic;
        private final Consumer<String> handler;

        Subscription(String topic, Consumer<String> handler) {
            this.topic = topic;
            this.handler = handler;
        }

        public boolean cancel() {
            List<Consumer<String>> list = subscribers.get(topic);
            return list != null && list.remove(handler);
        }

        public int delivered() {
            return deliveries == null ? 0 : deliveries.getOrDefault(topic, 0);
        }
    }

    public Subscription subscribe(String topic, Consumer<String> handler) {
        if (subscribers == null) {
            throw new IllegalStateException("bus is shut down");
        }
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        return new Subscription(topic, handler);
    }

    public int publish(String topic, String payload) {
        if (subscribers == null) {
            deadLetters.add(topic + ":" + payload);
            return 0;
        }
        List<Consumer<String>> list = subscribers.getOrDefault(topic, List.of());
        if (list.isEmpty()) {
            deadLetters.add(topic + ":" + payload);
            return 0;
        }
        int n = 0;
        for (Consumer<String> h : new ArrayList<>(list)) {
            h.accept(payload);
            n++;
        }
        deliveries.merge(topic, n, Integer::sum);
        return n;
    }

    public Runnable statsReporter(List<String> sink) {
        return () -> deliveries.forEach((topic, count) -> sink.add(topic + "=" + count));
    }

    public void shutdown() {
        subscribers = null;
        deliveries = null;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O08EventBus.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O08EventBus.java:" + line + " OK");
        } else {
            System.out.println("MISS O08EventBus.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O08EventBus bus = new O08EventBus();
        List<String> received = new ArrayList<>();
        Subscription orders = bus.subscribe("orders", received::add);
        Subscription audit = bus.subscribe("orders", p -> received.add("audit " + p));
        bus.publish("orders", "o-1");
        audit.cancel();
        bus.publish("orders", "o-2");
        bus.publish("refunds", "r-1");
        List<String> stats = new ArrayList<>();
        bus.statsReporter(stats).run();
        if (received.size() != 3 || orders.delivered() != 3 || !stats.equals(List.of("orders=3"))) {
            throw new IllegalStateException("delivery " + received + " " + stats);
        }
        bus.shutdown();
        if (bus.publish("orders", "o-3") != 0 || orders.delivered() != 0 || bus.deadLetters.size() != 2) {
            throw new IllegalStateException("shutdown");
        }

        expectNpe(26, () -> {
            O08EventBus b = new O08EventBus();
            Subscription s = b.subscribe("jobs", p -> { });
            b.shutdown();
            s.cancel();
        });
        expectNpe(58, () -> {
            O08EventBus b = new O08EventBus();
            b.subscribe("admin", cmd -> {
                if (cmd.equals("halt")) {
                    b.shutdown();
                }
            });
            b.publish("admin", "halt");
        });
        expectNpe(63, () -> {
            O08EventBus b = new O08EventBus();
            Runnable reporter = b.statsReporter(new ArrayList<>());
            b.shutdown();
            reporter.run();
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
