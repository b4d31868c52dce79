package probe32;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

public final class BG14EventBus {
    private static final String FILE = "BG14EventBus.java";

    // single-threaded event loop: tasks run when the loop is drained
    static final class EventLoop implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int drain() {
            int n = 0;
            for (Runnable task; (task = tasks.poll()) != null; n++) {
                task.run();
            }
            return n;
        }
    }

    static final class EventBus implements AutoCloseable {
        private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
        private final Executor executor;
        private Map<String, Integer> deliveryCounts = new HashMap<>();
        private Map<String, String> aliases = new HashMap<>();
        private boolean closed;

        EventBus(Executor executor) {
            this.executor = executor;
        }

        void setAliases(Map<String, String> aliases) {
            this.aliases = aliases;
        }

        String canonical(String topic) {
            Map<String, String> a = aliases;
            return a == null ? topic : a.getOrDefault(topic, topic);
        }

        void subscribe(String topic, Consumer<String> handler) {
            subscribers.computeIfAbsent(canonical(topic), k -> new ArrayList<>()).add(handler);
        }

        int publish(String topic, String payload) {
            List<Consumer<String>> handlers = subscribers.getOrDefault(canonical(topic), List.of());
            if (closed) {
                return 0;
            }
            deliveryCounts.merge(topic, handlers.size(), Integer::sum);
            handlers.forEach(h -> h.accept(payload));
            return handlers.size();
        }

        FutureTask<Integer> publishAsync(String topic, String payload) {
            FutureTask<Integer> task = new FutureTask<>(() -> {
                List<Consumer<String>> handlers = subscribers.getOrDefault(canonical(topic), List.of());
                handlers.forEach(h -> h.accept(payload));
                deliveryCounts.merge(topic, handlers.size(), Integer::sum);
                return handlers.size();
            });
            executor.execute(task);
            return task;
        }

        int relay(EventBus downstream, String topic, String payload) {
            String mapped = downstream.aliases.getOrDefault(topic, topic);
            return downstream.publish(mapped, payload);
        }

        int deliveries(String topic) {
            Map<String, Integer> counts = deliveryCounts;
            return counts == null ? 0 : counts.getOrDefault(topic, 0);
        }

        @Override
        public void close() {
            closed = true;
            deliveryCounts = null;
            subscribers.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        EventLoop loop = new EventLoop();
        EventBus bus = new EventBus(loop);
        List<String> seen = new ArrayList<>();
        bus.setAliases(Map.of("order", "orders"));
        bus.subscribe("order", seen::add);
        bus.subscribe("audit", p -> seen.add("audit:" + p));
        System.out.println("sync=" + bus.publish("orders", "o-1") + " deliveries=" + bus.deliveries("orders"));
        FutureTask<Integer> pending = bus.publishAsync("audit", "a-1");
        System.out.println("drained=" + loop.drain() + " async=" + pending.get() + " seen=" + seen);
        EventBus downstream = new EventBus(loop);
        downstream.subscribe("orders", p -> seen.add("down:" + p));
        System.out.println("relayed=" + bus.relay(downstream, "orders", "o-2") + " seen=" + seen.size());
        downstream.setAliases(null);
        System.out.println("canonical=" + downstream.canonical("order") + " published=" + downstream.publish("orders", "o-3"));
        bus.close();
        System.out.println("closed publish=" + bus.publish("orders", "o-4") + " deliveries=" + bus.deliveries("orders"));

        EventBus shortLived = new EventBus(loop);
        shortLived.subscribe("metrics", seen::add);
        FutureTask<Integer> late = shortLived.publishAsync("metrics", "m-1");
        shortLived.close();
        loop.drain();
        expectNpe(74, late::get);

        EventBus edge = new EventBus(loop);
        expectNpe(82, () -> edge.relay(downstream, "orders", "o-5"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
