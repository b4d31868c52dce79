package probe27;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-process publish/subscribe bus with typed handlers, sticky events, dead-event capture
 * and optional delivery metrics, similar to Guava's EventBus or GreenRobot's.
 */
public class BA14EventBus {
    record OrderPlaced(String orderId, long cents) {
    }

    record UserSignedUp(String email) {
    }

    private Map<Class<?>, List<Consumer<Object>>> handlers;
    private Map<Class<?>, Object> sticky;
    private Map<Class<?>, Long> deliveryCounts;
    private final List<Object> deadEvents = new ArrayList<>();

    public BA14EventBus(boolean metrics) {
        if (metrics) {
            deliveryCounts = new ConcurrentHashMap<>();
        }
    }

    private synchronized Map<Class<?>, List<Consumer<Object>>> handlers() {
        if (handlers == null) {
            handlers = new LinkedHashMap<>();
        }
        return handlers;
    }

    public synchronized <T> void subscribe(Class<T> type, Consumer<? super T> handler) {
        handlers().computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(e -> handler.accept(type.cast(e)));
        if (sticky != null) {
            Object last = sticky.get(type);
            if (last != null) {
                handler.accept(type.cast(last));
            }
        }
    }

    public synchronized boolean unsubscribeAll(Class<?> type) {
        return handlers.remove(type) != null;
    }

    public synchronized int post(Object event) {
        List<Consumer<Object>> targets = handlers == null ? null : handlers.get(event.getClass());
        if (targets == null || targets.isEmpty()) {
            deadEvents.add(event);
            return 0;
        }
        for (Consumer<Object> target : targets) {
            target.accept(event);
        }
        if (deliveryCounts != null) {
            deliveryCounts.merge(event.getClass(), (long) targets.size(), Long::sum);
        }
        return targets.size();
    }

    public synchronized void enableSticky() {
        if (sticky == null) {
            sticky = new ConcurrentHashMap<>();
        }
    }

    public synchronized void postSticky(Object event) {
        sticky.put(event.getClass(), event);
        post(event);
    }

    public synchronized Object lastSticky(Class<?> type) {
        return sticky == null ? null : sticky.get(type);
    }

    public long deliveries(Class<?> type) {
        return deliveryCounts.getOrDefault(type, 0L);
    }

    public synchronized List<Object> deadEvents() {
        return List.copyOf(deadEvents);
    }

    public static void main(String[] args) {
        BA14EventBus bus = new BA14EventBus(true);
        System.out.println("delivered to nobody: " + bus.post(new UserSignedUp("a@example.org")));
        bus.subscribe(OrderPlaced.class, e -> System.out.println("billing saw " + e.orderId()));
        bus.subscribe(OrderPlaced.class, e -> System.out.println("shipping saw " + e.orderId()));
        bus.post(new OrderPlaced("o-1", 1999));
        bus.enableSticky();
        bus.postSticky(new OrderPlaced("o-2", 500));
        bus.subscribe(OrderPlaced.class, e -> System.out.println("late subscriber replayed " + e.orderId()));
        System.out.println("deliveries=" + bus.deliveries(OrderPlaced.class) + " dead=" + bus.deadEvents().size()
                + " unsubscribed=" + bus.unsubscribeAll(OrderPlaced.class));
        BA14EventBus quiet = new BA14EventBus(false);
        quiet.post(new UserSignedUp("b@example.org"));
        System.out.println("quiet dead=" + quiet.deadEvents() + " sticky=" + quiet.lastSticky(UserSignedUp.class));

        expectNpe(51, () -> quiet.unsubscribeAll(UserSignedUp.class));
        expectNpe(76, () -> quiet.postSticky(new UserSignedUp("c@example.org")));
        expectNpe(85, () -> quiet.deliveries(UserSignedUp.class));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA14EventBus.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
