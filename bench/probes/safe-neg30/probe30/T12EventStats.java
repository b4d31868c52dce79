package probe30;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts events per kind while attached to an application event bus. */
public final class T12EventStats {
    public enum Kind { CLICK, VIEW, PURCHASE }

    public interface Listener {
        void onEvent(Kind kind, String source);
    }

    /** Synchronous in-process bus; delivery iterates over a snapshot of the listeners. */
    public static final class EventBus {
        private final List<Listener> listeners = new ArrayList<>();

        public void register(Listener l) { listeners.add(l); }

        public void unregister(Listener l) { listeners.remove(l); }

        public int listenerCount() { return listeners.size(); }

        public void publish(Kind kind, String source) {
            for (Listener l : List.copyOf(listeners)) l.onEvent(kind, source);
        }
    }

    private final EventBus bus;
    private EnumMap<Kind, Integer> counts; // exists only while attached
    private Listener subscription;          // non-null exactly while attached

    public T12EventStats(EventBus bus) {
        this.bus = bus;
    }

    public void attach() {
        if (subscription != null) throw new IllegalStateException("already attached");
        counts = new EnumMap<>(Kind.class);
        subscription = new Listener() {
            @Override
            public void onEvent(Kind kind, String source) {
                // An event already in flight can still reach a listener that detach() has retired.
                if (subscription != this) return;
                counts.merge(kind, 1, Integer::sum);
            }
        };
        bus.register(subscription);
    }

    public boolean isAttached() {
        return subscription != null;
    }

    public int count(Kind kind) {
        return subscription == null ? 0 : counts.getOrDefault(kind, 0);
    }

    public Map<Kind, Integer> snapshot() {
        if (subscription == null) return Map.of();
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public void detach() {
        if (subscription == null) return;
        bus.unregister(subscription);
        subscription = null;
        counts = null;
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        T12EventStats stats = new T12EventStats(bus);
        assert !stats.isAttached() && stats.count(Kind.CLICK) == 0 && stats.snapshot().isEmpty();
        stats.detach();
        bus.publish(Kind.VIEW, "home"); // nobody listening yet

        stats.attach();
        try {
            stats.attach();
            throw new AssertionError("double attach");
        } catch (IllegalStateException expected) {
            // already attached
        }
        bus.publish(Kind.CLICK, "buy-button");
        bus.publish(Kind.CLICK, "buy-button");
        bus.publish(Kind.VIEW, "home");
        assert stats.count(Kind.CLICK) == 2 && stats.count(Kind.PURCHASE) == 0;
        assert stats.snapshot().equals(Map.of(Kind.CLICK, 2, Kind.VIEW, 1));
        stats.detach();
        assert bus.listenerCount() == 0 && stats.count(Kind.CLICK) == 0;

        // A listener registered before the stats detaches them while an event is being delivered.
        Listener killer = (kind, source) -> {
            if (kind == Kind.PURCHASE) stats.detach();
        };
        bus.register(killer);
        stats.attach();
        bus.publish(Kind.PURCHASE, "checkout");
        assert !stats.isAttached() && stats.snapshot().isEmpty();
        bus.unregister(killer);

        // Same, but the stats are re-attached at once: the retired listener must not count.
        Listener cycler = (kind, source) -> {
            stats.detach();
            stats.attach();
        };
        bus.register(cycler);
        stats.attach();
        bus.publish(Kind.VIEW, "cart");
        assert stats.isAttached() && stats.count(Kind.VIEW) == 0;
        bus.unregister(cycler);
        bus.publish(Kind.VIEW, "cart");
        assert stats.count(Kind.VIEW) == 1;
        stats.detach();
        System.out.println("T12 ok");
    }
}
