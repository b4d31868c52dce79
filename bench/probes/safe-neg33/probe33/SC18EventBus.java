package probe33;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Guava-style event bus with an explicit lifecycle. start() creates the subscriber map
 * together with the pending-event queue; shutdown() drops both. Methods test the queue
 * (the sibling field), never the subscriber map.
 */
public class SC18EventBus {

    private final String identifier;
    private Map<Class<?>, List<Consumer<Object>>> subscribers;
    private Deque<Object> pending;
    private int delivered;
    private int deadEvents;

    public SC18EventBus(String identifier) {
        this.identifier = identifier;
    }

    public void start() {
        if (pending != null) {
            throw new IllegalStateException(identifier + " already started");
        }
        subscribers = new HashMap<>();
        pending = new ArrayDeque<>();
    }

    public void shutdown() {
        pending = null;
        subscribers = null;
    }

    @SuppressWarnings("unchecked")
    public <E> void register(Class<E> type, Consumer<? super E> handler) {
        if (pending == null) {
            throw new IllegalStateException(identifier + " is not running");
        }
        subscribers.computeIfAbsent(type, t -> new ArrayList<>()).add((Consumer<Object>) handler);
    }

    public void post(Object event) {
        if (pending == null) {
            deadEvents++;
            return;
        }
        pending.add(event);
    }

    /** Delivers queued events; returns the number of handler invocations. */
    public int dispatch() {
        int n = 0;
        // re-test the queue on every round: a handler may shut the bus down
        while (pending != null && !pending.isEmpty()) {
            Object event = pending.poll();
            List<Consumer<Object>> hs = subscribers.get(event.getClass());
            if (hs == null) {
                deadEvents++;
                continue;
            }
            for (Consumer<Object> h : List.copyOf(hs)) {
                h.accept(event);
                n++;
            }
        }
        delivered += n;
        return n;
    }

    public String stats() {
        return identifier + " delivered=" + delivered + " dead=" + deadEvents;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void stoppedPhase(SC18EventBus bus) {
        try {
            bus.register(String.class, s -> { });
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        bus.post("lost");
        check(bus.dispatch() == 0, "no dispatch when stopped");
    }

    public static void main(String[] args) {
        SC18EventBus bus = new SC18EventBus("main-bus");
        bus.shutdown();
        stoppedPhase(bus);
        check(bus.stats().equals("main-bus delivered=0 dead=1"), bus.stats());

        bus.start();
        try {
            bus.start();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        StringBuilder log = new StringBuilder();
        bus.register(String.class, s -> log.append("s:").append(s).append(' '));
        bus.register(String.class, s -> log.append("len:").append(s.length()).append(' '));
        bus.register(Integer.class, i -> log.append("i:").append(i).append(' '));
        bus.post("hi");
        bus.post(42);
        bus.post(3.5);
        check(bus.dispatch() == 3, "3 invocations");
        check(log.toString().equals("s:hi len:2 i:42 "), log.toString());

        for (int i = 0; i < 2; i++) {
            bus.post("queued-then-dropped");
            bus.shutdown();
            stoppedPhase(bus);
        }
        bus.start();
        check(bus.dispatch() == 0, "fresh queue");
        bus.post("nobody listens");
        bus.register(Integer.class, i -> log.append("again:").append(i));
        bus.post(7);
        check(bus.dispatch() == 1 && log.toString().endsWith("again:7"), "restarted");
        check(bus.stats().equals("main-bus delivered=4 dead=6"), bus.stats());
        bus.register(Boolean.class, b -> bus.shutdown());
        bus.post(Boolean.TRUE);
        bus.post(8);
        check(bus.dispatch() == 1, "a handler shut the bus down mid-dispatch");
        stoppedPhase(bus);
        System.out.println("SC18 ok " + bus.stats());
    }
}
