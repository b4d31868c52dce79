package probe27;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Guava-style event bus: the handler table is created on first register() and dropped when empty. */
public final class F22EventBus {
    public interface Subscriber<E> { void onEvent(E event); }

    public record DeadEvent(Object event) {}

    private record Handler(Object owner, Consumer<Object> target) {}

    private final String identifier;
    private Map<Class<?>, List<Handler>> handlers; // null until the first registration, and after the last removal
    private int dispatched;

    public F22EventBus(String identifier) { this.identifier = identifier; }

    public <E> void register(Object owner, Class<E> type, Subscriber<? super E> subscriber) {
        if (handlers == null) handlers = new LinkedHashMap<>();
        handlers.computeIfAbsent(type, k -> new ArrayList<>()).add(new Handler(owner, e -> subscriber.onEvent(type.cast(e))));
    }

    public void unregisterAll(Object owner) {
        if (handlers == null) return;
        handlers.values().forEach(list -> list.removeIf(h -> h.owner() == owner));
        handlers.values().removeIf(List::isEmpty);
        if (handlers.isEmpty()) handlers = null;
    }

    /** Returns true if at least one subscriber saw the event; otherwise a DeadEvent is posted. */
    public boolean post(Object event) {
        List<Handler> matched = new ArrayList<>();
        Map<Class<?>, List<Handler>> h = handlers;
        if (h != null) {
            for (Map.Entry<Class<?>, List<Handler>> e : h.entrySet()) {
                if (e.getKey().isInstance(event)) matched.addAll(e.getValue());
            }
        }
        if (matched.isEmpty()) {
            if (!(event instanceof DeadEvent)) post(new DeadEvent(event));
            return false;
        }
        for (Handler handler : matched) { // snapshot: handlers may unregister during dispatch
            handler.target().accept(event);
            dispatched++;
        }
        return true;
    }

    public int subscriberCount() {
        return handlers == null ? 0 : handlers.values().stream().mapToInt(List::size).sum();
    }

    public int dispatched() { return dispatched; }

    @Override public String toString() { return "EventBus{" + identifier + ", subscribers=" + subscriberCount() + "}"; }

    public static void main(String[] args) {
        F22EventBus bus = new F22EventBus("default");
        assert bus.subscriberCount() == 0 && !bus.post("lost") && bus.dispatched() == 0;
        bus.unregisterAll(new Object());

        List<String> log = new ArrayList<>();
        Object auditOwner = new Object();
        Object deadOwner = new Object();
        bus.register(auditOwner, String.class, new Subscriber<String>() {
            @Override public void onEvent(String s) { log.add("audit:" + s); }
        });
        bus.register(auditOwner, CharSequence.class, new Subscriber<Object>() {
            @Override public void onEvent(Object o) { log.add("chars:" + o); }
        });
        bus.register(deadOwner, DeadEvent.class, new Subscriber<DeadEvent>() {
            @Override public void onEvent(DeadEvent d) { log.add("dead:" + d.event()); }
        });
        assert bus.toString().equals("EventBus{default, subscribers=3}");
        assert bus.post("hello") && !bus.post(42);
        assert log.equals(List.of("audit:hello", "chars:hello", "dead:42")) : log;

        Object selfRemoving = new Object();
        bus.register(selfRemoving, Integer.class, new Subscriber<Integer>() {
            @Override public void onEvent(Integer i) {
                log.add("once:" + i);
                bus.unregisterAll(selfRemoving);
            }
        });
        assert bus.post(7) && !bus.post(8);
        bus.unregisterAll(auditOwner);
        bus.unregisterAll(deadOwner);
        assert bus.subscriberCount() == 0 && !bus.post("gone");
        assert log.subList(3, log.size()).equals(List.of("once:7", "dead:8")) : log;
        assert bus.dispatched() == 5 : bus.dispatched();
        System.out.println("F22 ok");
    }
}
