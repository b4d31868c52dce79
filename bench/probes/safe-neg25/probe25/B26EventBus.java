package probe25;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Guava-style synchronous event bus with dead events and queued (non
 * reentrant) dispatch. The subscriber registry exists only while somebody is subscribed.
 */
public class B26EventBus {
    public record DeadEvent(Object source, Object event) {
    }

    private final String identifier;
    private Map<Class<?>, List<Consumer<Object>>> subscribers; // null when nobody is subscribed
    private final Deque<Object> queue = new ArrayDeque<>();
    private boolean dispatching;

    public B26EventBus(String identifier) {
        this.identifier = identifier;
    }

    public <T> Runnable register(Class<T> type, Consumer<? super T> listener) {
        Consumer<Object> adapter = e -> listener.accept(type.cast(e));
        if (subscribers == null) {
            subscribers = new HashMap<>();
        }
        subscribers.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>()).add(adapter);
        return () -> unregister(type, adapter);
    }

    private void unregister(Class<?> type, Consumer<Object> adapter) {
        if (subscribers == null) {
            return;
        }
        List<Consumer<Object>> list = subscribers.get(type);
        if (list == null || !list.remove(adapter)) {
            return;
        }
        if (list.isEmpty()) {
            subscribers.remove(type);
            if (subscribers.isEmpty()) {
                subscribers = null;
            }
        }
    }

    public void post(Object event) {
        queue.add(event);
        if (dispatching) {
            return;
        }
        dispatching = true;
        try {
            Object next;
            while ((next = queue.poll()) != null) {
                dispatch(next);
            }
        } finally {
            dispatching = false;
        }
    }

    private void dispatch(Object event) {
        List<Consumer<Object>> targets = subscribersFor(event.getClass());
        if (targets.isEmpty()) {
            if (!(event instanceof DeadEvent)) {
                queue.add(new DeadEvent(this, event));
            }
            return;
        }
        for (Consumer<Object> c : targets) {
            c.accept(event);
        }
    }

    private List<Consumer<Object>> subscribersFor(Class<?> type) {
        if (subscribers == null) {
            return List.of();
        }
        List<Consumer<Object>> result = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            List<Consumer<Object>> l = subscribers.get(c);
            if (l != null) {
                result.addAll(l);
            }
        }
        return result;
    }

    public int subscriberCount() {
        int n = 0;
        if (subscribers != null) {
            for (List<Consumer<Object>> l : subscribers.values()) {
                n += l.size();
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "EventBus{" + identifier + ", subscribers=" + subscriberCount() + "}";
    }

    public static void main(String[] args) {
        B26EventBus bus = new B26EventBus("default");
        List<String> log = new ArrayList<>();
        bus.post("nobody listens");
        Runnable deadSub = bus.register(DeadEvent.class, d -> log.add("dead:" + d.event()));
        bus.post(42);
        Runnable[] onceHandle = new Runnable[1];
        onceHandle[0] = bus.register(String.class, s -> {
            log.add("once:" + s);
            onceHandle[0].run(); // unsubscribe itself during dispatch
            bus.post(s.length());
        });
        Runnable any = bus.register(Object.class, o -> log.add("any:" + o));
        bus.post("hello");
        bus.post("again");
        System.out.println(log + " " + bus);
        any.run();
        deadSub.run();
        deadSub.run();
        onceHandle[0].run();
        bus.post("after");
        System.out.println(bus + " " + log.size());
    }
}
