package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

public class BH15EventBus {
    static class EventBus {
        protected final String name;
        private final ExecutorService executor;
        private Map<String, List<Consumer<String>>> subscribers;
        private boolean initialised;
        private LinkedHashMap<String, Integer> deadLetters;
        private boolean deadLettersEnabled;

        EventBus(String name, ExecutorService executor, boolean withDefaults) {
            this.name = name;
            this.executor = executor;
            if (withDefaults) {
                subscribe("dead-event", event -> { });
            }
        }

        private void init() {
            subscribers = new HashMap<>();
            initialised = true;
        }

        void subscribe(String topic, Consumer<String> handler) {
            Map<String, List<Consumer<String>>> subs = subscribers;
            if (subs == null) {
                subs = new HashMap<>();
                subscribers = subs;
                initialised = true;
            }
            subs.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        }

        Future<Integer> publishAsync(String topic, String event) {
            if (!initialised) {
                init();
            }
            return executor.submit(() -> {
                List<Consumer<String>> handlers = subscribers.getOrDefault(topic, List.of());
                handlers.forEach(h -> h.accept(event));
                return handlers.size();
            });
        }

        void enableDeadLetters() {
            LinkedHashMap<String, Integer> deadLetters = new LinkedHashMap<>();
            deadLetters.put("*", 0);
            deadLettersEnabled = true;
        }

        void publish(String topic, String event) {
            Map<String, List<Consumer<String>>> subs = subscribers;
            List<Consumer<String>> handlers = subs == null ? null : subs.get(topic);
            if (handlers == null || handlers.isEmpty()) {
                if (deadLettersEnabled) {
                    deadLetters.merge(topic, 1, Integer::sum);
                }
                return;
            }
            handlers.forEach(h -> h.accept(event));
        }

        int deadLetterCount() {
            LinkedHashMap<String, Integer> dl = deadLetters;
            return dl == null ? 0 : dl.size();
        }

        void shutdown() {
            subscribers = null;
        }
    }

    static final class TypedEventBus extends EventBus {
        private final IdentityHashMap<Class<?>, String> topicsByType = new IdentityHashMap<>();

        TypedEventBus(String name, ExecutorService executor, boolean withDefaults) {
            super(name, executor, withDefaults);
        }

        @Override
        void subscribe(String topic, Consumer<String> handler) {
            topicsByType.put(String.class, topic);
            super.subscribe(topic, handler);
        }

        String topicFor(Class<?> type) {
            return topicsByType.get(type);
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bus-worker");
            t.setDaemon(true);
            return t;
        });
        EventBus bus = new EventBus("main", pool, true);
        List<String> seen = new ArrayList<>();
        bus.subscribe("orders", seen::add);
        bus.publish("orders", "o-1");
        System.out.println(bus.publishAsync("orders", "o-2").get() + " " + seen + " " + bus.deadLetterCount());
        bus.publish("unrouted", "x");
        TypedEventBus typed = new TypedEventBus("typed", pool, false);
        typed.subscribe("strings", seen::add);
        System.out.println(typed.topicFor(String.class) + " " + typed.publishAsync("strings", "s-1").get() + " " + seen.size());
        EventBus lazy = new EventBus("lazy", pool, false);
        System.out.println(lazy.publishAsync("none", "e").get() + " " + lazy.deadLetterCount() + " " + lazy.name);
        bus.shutdown();
        bus.publish("orders", "o-3");
        System.out.println(bus.deadLetterCount() + " " + seen.size());

        expect(95, () -> new TypedEventBus("typed-defaults", pool, true));
        expect(52, () -> bus.publishAsync("orders", "o-4").get());
        EventBus audited = new EventBus("audited", pool, false);
        audited.enableDeadLetters();
        expect(69, () -> audited.publish("lost", "e"));
        pool.shutdown();
    }

    private static final String FILE = "BH15EventBus.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
