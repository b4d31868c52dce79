package probe35;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Chat-server presence tracker driven by an event bus. The last-seen map is created
 * just before the tracker subscribes and dropped just after it unsubscribes; the bus
 * only invokes listeners that are currently registered, so onEvent always finds it.
 */
public class SE36PresenceTracker {
    /** Minimal synchronous bus; dispatch skips listeners removed during the same dispatch. */
    public static final class Bus {
        private final List<Consumer<String>> listeners = new ArrayList<>();

        public Runnable subscribe(Consumer<String> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        public int post(String event) {
            int delivered = 0;
            for (Consumer<String> listener : List.copyOf(listeners)) {
                if (listeners.contains(listener)) {
                    listener.accept(event);
                    delivered++;
                }
            }
            return delivered;
        }
    }

    private Map<String, Long> lastSeen; // exists exactly while the tracker is subscribed
    private Runnable unsubscribe;       // non-null exactly while subscribed
    private long clock;

    public void attach(Bus bus) {
        if (unsubscribe != null) {
            throw new IllegalStateException("already attached");
        }
        lastSeen = new HashMap<>();
        unsubscribe = bus.subscribe(this::onEvent);
    }

    private void onEvent(String event) {
        clock++;
        int sep = event.indexOf(':');
        if (sep <= 0) {
            return;
        }
        String user = event.substring(sep + 1);
        switch (event.substring(0, sep)) {
            case "join", "message" -> lastSeen.put(user, clock);
            case "leave" -> lastSeen.remove(user);
            default -> { }
        }
    }

    public long lastSeen(String user) {
        if (unsubscribe == null) {
            throw new IllegalStateException("tracker detached");
        }
        return lastSeen.getOrDefault(user, -1L);
    }

    public void detach() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        lastSeen = null;
    }

    public static void main(String[] args) {
        Bus bus = new Bus();
        SE36PresenceTracker tracker = new SE36PresenceTracker();
        check(bus.post("join:ada") == 0, "nobody subscribed");
        expect(IllegalStateException.class, () -> tracker.lastSeen("ada"));

        tracker.attach(bus);
        expect(IllegalStateException.class, () -> tracker.attach(bus));
        bus.post("join:ada");
        bus.post("join:bob");
        bus.post("message:ada");
        bus.post("garbage");
        bus.post("leave:bob");
        check(tracker.lastSeen("ada") == 3 && tracker.lastSeen("bob") == -1, "tracked");

        for (int round = 0; round < 2; round++) {
            tracker.detach();
            check(bus.post("message:ada") == 0, "not delivered after detach");
            expect(IllegalStateException.class, () -> tracker.lastSeen("ada"));
        }

        tracker.attach(bus);
        check(tracker.lastSeen("ada") == -1, "fresh map");
        check(bus.post("join:carol") == 1 && tracker.lastSeen("carol") == 6, "re-attached");
        tracker.detach();
        System.out.println("SE36PresenceTracker ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
