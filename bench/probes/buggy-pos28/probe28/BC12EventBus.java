package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Publish/subscribe event bus in the style of Guava's EventBus: handlers are
 * registered per topic and delivery mode, undeliverable events become dead letters,
 * and optional interceptors may rewrite events before dispatch.
 */
public class BC12EventBus {

    public enum Mode { SYNC, DEFERRED, BROADCAST }

    public interface Dispatcher {
        int dispatch(String topic, String event);
    }

    private final Map<String, List<Consumer<String>>> handlers = new HashMap<>();
    private final Map<String, List<Consumer<String>>> deferredHandlers = new HashMap<>();
    private final List<Runnable> deferredQueue = new ArrayList<>();
    private Map<String, List<String>> deadLetters;
    private Map<String, UnaryOperator<String>> interceptors;

    private final Dispatcher dispatcher = new Dispatcher() {
        @Override
        public int dispatch(String topic, String event) {
            String ev = event;
            for (Map.Entry<String, UnaryOperator<String>> e : interceptors.entrySet()) {
                if (topic.startsWith(e.getKey())) {
                    ev = e.getValue().apply(ev);
                }
            }
            return deliver(topic, ev);
        }
    };

    public void enableInterceptors() {
        interceptors = new LinkedHashMap<>();
    }

    public void intercept(String prefix, UnaryOperator<String> op) {
        if (interceptors == null) {
            enableInterceptors();
        }
        interceptors.put(prefix, op);
    }

    private Map<String, List<String>> deadLetters() {
        if (deadLetters == null) {
            deadLetters = new LinkedHashMap<>();
        }
        return deadLetters;
    }

    public void subscribe(String topic, Mode mode, Consumer<String> handler) {
        Map<String, List<Consumer<String>>> target = null;
        switch (mode) {
            case SYNC -> target = handlers;
            case DEFERRED -> target = deferredHandlers;
            default -> { }
        }
        target.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
    }

    int deliver(String topic, String event) {
        List<Consumer<String>> sync = handlers.getOrDefault(topic, List.of());
        List<Consumer<String>> later = deferredHandlers.getOrDefault(topic, List.of());
        if (sync.isEmpty() && later.isEmpty()) {
            deadLetters().computeIfAbsent(topic, t -> new ArrayList<>()).add(event);
            return 0;
        }
        sync.forEach(h -> h.accept(event));
        later.forEach(h -> deferredQueue.add(() -> h.accept(event)));
        return sync.size() + later.size();
    }

    public int post(String topic, String event) {
        return interceptors == null ? deliver(topic, event) : dispatcher.dispatch(topic, event);
    }

    public int postIntercepted(String topic, String event) {
        return dispatcher.dispatch(topic, event);
    }

    public int drainDeferred() {
        int n = deferredQueue.size();
        deferredQueue.forEach(Runnable::run);
        deferredQueue.clear();
        return n;
    }

    public int deadLetterCount() {
        return deadLetters == null ? 0 : deadLetters.values().stream().mapToInt(List::size).sum();
    }

    public int replayDeadLetters() {
        int replayed = 0;
        for (String topic : deadLetters.keySet()) {
            for (String ev : deadLetters.get(topic)) {
                replayed += deliver(topic, ev);
            }
        }
        return replayed;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC12EventBus.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC12EventBus.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC12EventBus bus = new BC12EventBus();
        List<String> seen = new ArrayList<>();
        bus.subscribe("user.created", Mode.SYNC, seen::add);
        bus.subscribe("user.created", Mode.DEFERRED, e -> seen.add("later:" + e));
        System.out.println("delivered=" + bus.post("user.created", "u1") + " dead=" + bus.post("user.deleted", "u2"));
        System.out.println("drained=" + bus.drainDeferred() + " seen=" + seen + " deadCount=" + bus.deadLetterCount());
        bus.subscribe("user.deleted", Mode.SYNC, seen::add);
        System.out.println("replayed=" + bus.replayDeadLetters());
        bus.intercept("user.", String::toUpperCase);
        System.out.println("intercepted=" + bus.postIntercepted("user.created", "u3") + " seen=" + seen);

        BC12EventBus fresh = new BC12EventBus();
        expectNpe("replay with no dead letters", 104, fresh::replayDeadLetters);
        expectNpe("intercepted post before enable", 34, () -> fresh.postIntercepted("a", "b"));
        expectNpe("broadcast subscription", 68, () -> fresh.subscribe("a", Mode.BROADCAST, seen::add));
    }
}
