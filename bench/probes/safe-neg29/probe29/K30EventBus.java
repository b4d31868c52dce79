package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Topic-based event bus that also publishes a heartbeat on every clock tick. */
public class K30EventBus {

    /** Simple manual clock that notifies its tick listeners. */
    public static final class Clock {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private long now;

        public void tick() {
            now++;
            for (Runnable r : listeners) {
                r.run();
            }
        }

        void addListener(Runnable r) {
            listeners.add(r);
        }

        void removeListener(Runnable r) {
            listeners.remove(r);
        }
    }

    private final Clock clock;
    private ConcurrentHashMap<String, List<Consumer<String>>> handlers;
    private Runnable heartbeat;

    public K30EventBus(Clock clock) {
        this.clock = clock;
    }

    public void start() {
        if (handlers != null) {
            throw new IllegalStateException("already started");
        }
        handlers = new ConcurrentHashMap<>();
        heartbeat = () -> handlers.getOrDefault("heartbeat", List.of())
                .forEach(h -> h.accept("t=" + clock.now));
        clock.addListener(heartbeat);
    }

    public void subscribe(String topic, Consumer<String> handler) {
        if (handlers == null) {
            throw new IllegalStateException("bus not started");
        }
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    public int post(String topic, String payload) {
        ConcurrentHashMap<String, List<Consumer<String>>> h = handlers;
        List<Consumer<String>> targets = h == null ? List.of() : h.getOrDefault(topic, List.of());
        targets.forEach(c -> c.accept(payload));
        return targets.size();
    }

    public Map<String, Integer> topics() {
        Map<String, Integer> out = new TreeMap<>();
        if (handlers != null) {
            handlers.forEach((k, v) -> out.put(k, v.size()));
        }
        return out;
    }

    public void stop() {
        if (heartbeat != null) {
            clock.removeListener(heartbeat);
            heartbeat = null;
        }
        handlers = null;
    }

    public static void main(String[] args) {
        Clock clock = new Clock();
        K30EventBus bus = new K30EventBus(clock);
        List<String> got = new ArrayList<>();
        clock.tick();
        System.out.println("post before start=" + bus.post("news", "x") + " topics=" + bus.topics());
        try {
            bus.subscribe("news", got::add);
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        bus.start();
        try {
            bus.start();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        clock.tick();
        bus.subscribe("news", got::add);
        bus.subscribe("heartbeat", got::add);
        bus.subscribe("news", p -> got.add("copy:" + p));
        System.out.println("delivered=" + bus.post("news", "hello") + " none=" + bus.post("sports", "goal"));
        clock.tick();
        System.out.println("topics=" + bus.topics());
        bus.stop();
        bus.stop();
        clock.tick();
        System.out.println("after stop=" + bus.post("news", "late") + " topics=" + bus.topics() + " got=" + got);
        bus.start();
        bus.subscribe("heartbeat", got::add);
        clock.tick();
        System.out.println("restarted got=" + got);
        bus.stop();
    }
}
